"""Blind labelled sets for quotes() and cited_sources(): scores printed, floors asserted.

``tests/data/blind_sourcing.json`` and ``blind_sourcing_2.json`` to ``blind_sourcing_58.json``
are short paragraphs written by hand in the styles of outlets the rules
were not built on (AP, Reuters, AFP, Kyodo, BBC, Sky News, Guardian, Telegraph, NYT, Washington
Post, CNN, ABC News, NPR, Politico, Fox News, Al Jazeera, Times of India, SCMP, Dawn, Meduza, Kyiv
Independent, The Independent, TASS/RT, local papers), on war, politics, elections, business,
courts, sport, health, climate and tech. Each
example has ``quotes`` (``paragraph``, 0 for the standfirst; ``quote``, the text inside
the marks; ``speaker``, canonical name or short description ("spokesperson", "Avonline Buses
spokesperson" for an unnamed spokesperson, since round 25), "" when none;
``speaker_type``; ``verb`` in its reporting form, "says" → "said", "" when none; ``is_scare_quote``) and ``sources``
(``[source, kind]`` pairs a careful reader marks as cited: people are not sources; a
body counts when it speaks or is cited, or when its spokesperson or a named officer speaks for it). A source's
kind is its registry kind; a name missing from the registry is labelled ``unknown`` unless the
name itself gives its kind (a Ministry is a government body, "… News" a news outlet, "…
Corporation" a company) or the text calls it a firm or company; the article's own outlet is
a news outlet, or a news agency when its name says so (since rounds 14 and 18).

Each set was written before the code was run on it, and the rules were revised
(with general rules only) after each first run. The untuned first runs are the honest
estimates of accuracy on unseen text; they are recorded in ``FIRST_RUN``. The floors
below sit a little under the scores reached, so a regression fails.

Matching rules, fixed before scoring: a quote matches on (paragraph, whitespace-
normalised text). A speaker is right when it equals the label (case-insensitive) or,
for an unnamed speaker labelled with a description, when its head word (last word)
equals the label's head word or the descriptor canonical the alias table gives for it
("spokeswoman" → "official").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.sourcing.citations import cited_sources
from analysis.sourcing.quotes import load_speakers, quotes

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ("blind_sourcing.json", "blind_sourcing_2.json", "blind_sourcing_3.json", "blind_sourcing_4.json",
        "blind_sourcing_5.json", "blind_sourcing_6.json", "blind_sourcing_7.json",
        "blind_sourcing_8.json", "blind_sourcing_9.json", "blind_sourcing_10.json",
        "blind_sourcing_11.json", "blind_sourcing_12.json", "blind_sourcing_13.json",
        "blind_sourcing_14.json", "blind_sourcing_15.json",
        "blind_sourcing_16.json", "blind_sourcing_17.json",
        "blind_sourcing_18.json", "blind_sourcing_19.json",
        "blind_sourcing_20.json", "blind_sourcing_21.json",
        "blind_sourcing_22.json", "blind_sourcing_23.json",
        "blind_sourcing_24.json", "blind_sourcing_25.json", "blind_sourcing_26.json",
        "blind_sourcing_27.json", "blind_sourcing_28.json", "blind_sourcing_29.json",
        "blind_sourcing_30.json", "blind_sourcing_31.json", "blind_sourcing_32.json",
        "blind_sourcing_33.json", "blind_sourcing_34.json", "blind_sourcing_35.json",
        "blind_sourcing_36.json", "blind_sourcing_37.json", "blind_sourcing_38.json",
        "blind_sourcing_39.json", "blind_sourcing_40.json", "blind_sourcing_41.json",
        "blind_sourcing_42.json", "blind_sourcing_43.json", "blind_sourcing_44.json",
        "blind_sourcing_45.json", "blind_sourcing_46.json", "blind_sourcing_47.json", "blind_sourcing_48.json",
        "blind_sourcing_49.json", "blind_sourcing_50.json", "blind_sourcing_51.json", "blind_sourcing_52.json",
        "blind_sourcing_53.json", "blind_sourcing_54.json", "blind_sourcing_55.json", "blind_sourcing_56.json",
        "blind_sourcing_57.json", "blind_sourcing_58.json", "blind_sourcing_59.json", "blind_sourcing_60.json",
        "blind_sourcing_61.json", "blind_sourcing_62.json", "blind_sourcing_63.json", "blind_sourcing_64.json",
        "blind_sourcing_65.json", "blind_sourcing_66.json")

#: Scores of each set's untuned first run (see the module docstring), for the record.
#: Set 1 was scored before any rule was revised for it (its verb figure counts one
#: labelling slip, "says" for the documented reporting form "said", fixed afterwards);
#: set 2 after the revisions for set 1; set 3 after those for set 2; set 4 (27 passages,
#: 43 quotes, 35 sources) after those for set 3. Set 4's source figures are re-scored
#: after one labelling slip was fixed (no rule changed in between): "Ukraine's military
#: spokesman … said" cites the Ukrainian Armed Forces by the set's own convention, but the
#: label had left it out; as first scored, precision 0.875, recall 0.618, F1 0.724.
#: Set 5 (27 passages, 96 quotes, 62 sources; Deutsche Welle, France 24, NDTV, The Hindu,
#: Straits Times, ABC Australia, CBC, Haaretz, Punch, Mexico News Daily, a local US paper
#: among others) was scored once, before any rule was revised for it; source name F1 0.538.
#: Its labels give a quote continuing a speaker's words after the cue sentence the cue's
#: verb; 14 of its 18 verb misses are such continuations, which the rules leave empty.
#: Set 5 is now a development set. Labelling slips fixed after its first run, where its
#: labels broke the conventions of sets 1-4 and of the registries (no rule changed for them):
#: X is labelled with the registry's canonical "Twitter" (3 labels; sets 1, 2 and 4 use it);
#: the dateline agencies "(AP) —" / "(Reuters) -" are cited news agencies as in sets 1, 2 and
#: 4 (4 labels added); "Russian Defence Ministry" (source) and "Russian defence ministry"
#: (speaker) take the registries' canonical "Russian Ministry of Defence". Conventions of set 5
#: that the rules do not follow because sets 1-4 or the bundled corpus labels say otherwise:
#: a company that "the company" refers back to stays ``unknown`` (set 4: Gazprom, Unilever);
#: a short quote inside a named speaker's reported clause stays a scare quote (bundled corpus).
#: Set 6 (25 passages, 108 quotes, 83 sources; Bloomberg, FT, Axios, The Verge, TechCrunch,
#: ESPN, The Athletic, Variety, The Sun, Mirror, Metro, Evening Standard, Irish Times, SMH,
#: NZ Herald, Korea Herald, Arab News, News24, Nation, Euronews, Le Monde, a live blog, a Q&A,
#: a press release, a science story) was written by another annotator after round 2 and
#: scored once before any rule was revised for it. Its own decisions, where the conventions
#: were silent: Q:/A: lines are not quotes (only marked text inside them is); standalone
#: live-blog timestamps are paragraphs; quoted film/book titles are scare quotes with no
#: speaker; a label the text pins on someone ("called it a 'witch hunt'") is speech; a credit
#: naming only a photographer is not a source; a wire tag "/PRNewswire/" is a source like an
#: agency dateline; the article's own outlet cited ("told The Irish Times") is a source.
#: Set 6 is now a development set. Label changes after its first run, all "registry grew"
#: (no labelling slip; no rule changed for them): ten names labelled ``unknown`` because the
#: source registry lacked them were added to ``analysis/data/sources.csv`` as the well-known
#: outlets, agencies and platforms they are, and their labels take the registry kind: ESPN,
#: Variety, The Verge, TechCrunch, RTÉ, Newstalk and France Inter (news outlet), Newsis (news
#: agency), Threads and LinkedIn (social platform). Names it labels ``unknown`` that are still
#: missing from the registry keep that label (Nation, Metro, PRNewswire, Ifop, Nature Medicine …).
#: Set 7 (26 passages, 111 quotes, 80 sources; USA Today, LA Times, Chicago Tribune, CNBC,
#: Business Insider, The Economist, Spiegel, El País, Politico Europe, The Scotsman, Express,
#: Manchester Evening News, BBC Sport, Hindustan Times, Inquirer, Jakarta Post, Xinhua,
#: Yonhap, Premium Times, The Conversation, Jerusalem Post, CNA, press releases, a podcast
#: transcript, a newsletter) was written by a third annotator while the round-3 rules were
#: being made, held out from them, and scored once after them.
#: Set 7 is now a development set; round 4 added general mechanisms only (a per-article person
#: index, state bodies by the shape of their names, acronyms under the full name given in
#: brackets, agency image credits). Label changes after its first run (no rule changed for
#: them), all "registry grew": LinkedIn (already the registry's social platform since set 6);
#: CNBC, CNA (Channel NewsAsia) and Cadena SER, added to ``analysis/data/sources.csv`` as the
#: well-known news outlets they are, take the kind news outlet. Re-scored with these labels the
#: first run is unchanged (source P/R/F1 0.679/0.450/0.541: LinkedIn becomes right, CNBC, which
#: the first run had found as ``unknown`` through its own outlet, wrong). One labelling slip in
#: set 4 fixed with them: "Election Commission" gives its kind by its own name as plainly as a
#: Ministry (the written convention; set 7 labels the "Economic and Financial Crimes
#: Commission" and the "Philippine Statistics Authority" so), and is a government body.
#: Kept conflict: sets 5-7 label a body's spokesperson "<Body> spokesperson" ("Department for
#: Work and Pensions spokesperson"), while the bundled corpus labels ("a Red Cross spokesperson
#: said" → International Committee of the Red Cross) make the body the speaker; the rules
#: follow the bundled labels, so those quotes stay speaker misses here.
#: Set 8 (24 passages, 110 quotes, 81 sources; The Times, i, Daily Record, Belfast Telegraph,
#: WalesOnline, The Hill, Miami Herald, ProPublica, Rest of World, Taipei Times, Viet Nam News,
#: The National, The Daily Star, Mail & Guardian, Buenos Aires Times, Kyiv Post, ANSA, PTI,
#: Bernama, Field Level Media, Ars Technica, Lloyd's List, The Observer, Gulf Times) was written
#: by a fourth annotator, held out from the round-4 rules and scored once after them.
#: Set 8 is now a development set; round 5 added broad mechanisms only (names of up to four
#: words besides particles of many languages, honorifics and abbreviated ranks dropped,
#: apostrophes kept as written, every ending and culture-specific short forms of a name in the
#: person index, bodies typed by their own words, acronyms in brackets speaking as the body,
#: plural descriptor heads, datelines never speakers). No label was changed after its first run.
#: Set 9 (24 passages, 112 quotes, 80 sources; Globe and Mail, Toronto Star, The Australian,
#: NBC News, Boston Globe, Semafor, Nikkei Asia, The EastAfrican, Novaya Gazeta Europe, Balkan
#: Insight, Notes from Poland, RFE/RL, EFE, IANS, Rappler, Malaysiakini, VnExpress, Times of
#: Malta, Hurriyet Daily News, Asharq Al-Awsat, a club website, a university news office, a
#: charity release, a local TV site) was written by a fifth annotator, held out from the
#: round-5 rules and scored once after them.
#: Set 9 is now a development set; round 6 added broad mechanisms only (one kind function for
#: every found name: the name's head word before "of"/"for", statistics offices, fire services,
#: research councils, "… News/Press Agency" kept after "told", a descriptor before a name or in an
#: appositive; verbs past acronyms, appositives and relative clauses, reaction verbs, a reporting
#: participle of the sentence's subject; head nouns referring back to a named body; document
#: owners and brand-like names; registry acronyms the article spells out as another body;
#: programmes and platforms where something only spread are no sources; image credits of the
#: shapes "<Name>/<Agency>", "<Agency>/<Name>", "Photo by …", "| X", an outlet's own staff,
#: "Supplied" never; curly apostrophes and "dela" in names, plural "producers", "legislators").
#: Label changes after its first run (no rule changed for them), all "registry grew": The Globe
#: and Mail, Toronto Star, Boston Globe, Nikkei Asia, RFE/RL, Rappler and Asharq Al-Awsat (news
#: outlet) and IANS (news agency), added to ``analysis/data/sources.csv`` as the well-known
#: outlets and agencies they are, take the registry kind (8 labels); set 4's Roskomnadzor, added
#: as Russia's communications regulator, becomes a government body. Re-scored with these labels
#: the round-5 rules give set 9 source P/R/F1 0.561/0.400/0.467 (its first-run outlets had been
#: found as ``unknown``) and set 4 the same F1 as before (0.955). Names set 9 labels ``unknown``
#: that stay missing from the registry keep that label (The Australian, The EastAfrican, Semafor,
#: Star Sports, Rovers TV, BIRN, WFAA …). Kept conflicts: sets 1, 5 and 6 make a name told something
#: a news outlet when its last word is a newspaper word ("told the Echo", "ABC Sport"), set 9
#: labels "Star Sports" and "Rovers TV" ``unknown``; set 8 cites the body whose officer speaks
#: ("the NLC President … said"), set 9 leaves out "BCCI secretary … told IANS"; the unit tests
#: cite a platform footage "appeared on", while set 9 does not cite one posts were "published on"
#: when they are the subject of the news (VKontakte).
#: Set 10 (24 passages, 110 quotes, 81 sources; The Age, National Post, Irish Examiner, The
#: Herald, Yorkshire Post, Liverpool Echo, Newsweek, Wired, Deadline, Stuff, The Wire, Mint,
#: Dhaka Tribune, Daily Sabah, Daily Monitor, GhanaWeb, JoongAng Daily, Antara, Colombia
#: Reports, Law360, a police appeal, a health ministry bulletin, a club statement, a court
#: judgment summary) was written by a sixth annotator, held out from the round-6 rules and
#: scored once after them.
#: Set 10 is now a development set; round 7 added broad mechanisms only (a name may list its
#: parts with commas up to an "and" — "Department for Environment, Food and Rural Affairs",
#: "Rail, Tram and Bus Union"; a head noun with a possessive refers back to the body when its
#: officer speaks — "the agency's head, X, said"; an acronym's governor or head speaks for it —
#: "RBI governor X said"; credits in square brackets at a caption's end — "[YONHAP]"; a news
#: agency credited by its initials — "(AA Photo)"). Label change after its first run (no rule
#: changed for it), "registry grew": the Irish Examiner, added to ``analysis/data/sources.csv``
#: with the Health Service Executive and The Yorkshire Post as the well-known outlet and body
#: they are, takes the kind news outlet (1 label). Re-scored with it, the first run gives source
#: P/R/F1 0.810/0.580/0.676 (its first run had found the Irish Examiner as a news outlet).
#: Set 11 (22 passages, 100 quotes, 78 sources; Irish News, Northern Echo, Birmingham Mail,
#: Kent Online, The Local, Brussels Times, Swissinfo, Moscow Times, Times of Israel, Khaleej
#: Times, Express Tribune, Kathmandu Post, Free Malaysia Today, Philippine Star, Korea Times,
#: Japan Today, Jamaica Gleaner, CTV News, Billboard, Engadget, a student paper, a city council
#: release) was written by a seventh annotator, held out from the round-7 rules and scored
#: once after them.
#: Round 8 (types): set 11's first run made speaker TYPE the weakest measure on every set. With the
#: speaker right, the main confusions (label → predicted, sets 1-11, 218 wrong types of 766) were:
#: a named person with no role in reach → unknown (civilian 38, organisation 37, government body 19,
#: politician 17, expert 10), a union, company or association officer → government body (17, from
#: "spokesperson"/"officer" as officials) or politician (10, from "president"/"secretary"/"chairman"
#: titles), a council leader, party or EU office → government body (10) or organisation (4), and
#: "captain", "Sgt", "officer" → soldier (16). Round 8 added one mechanism, roles held at bodies
#: (``analysis/sourcing/roles.py``): a body-held role (president, chair, secretary, spokesperson,
#: chief executive, director, head, officer, governor, counsel, partner, campaigner …) takes the type of
#: the body it is held at, named before it (acronym or not), in apposition or after "of/at/for" or
#: "who chairs/heads/directs"; political offices stay a politician's at any body, a party's roles and
#: a spokesperson's or critic's portfolio are a politician's, research roles an expert's; a body no
#: rule types is an organisation; a rank, courtesy title or (by an organisation's role) "Dr" gives way
#: to such a role, a political, police or sports title does not; governor, chairman and secretary
#: need a body typed by its name (not "Kharkiv governor", "PP deputy secretary", "Town chairman");
#: "captain" in lower case is a team's. With it, every quote of a named person in an article takes
#: the type another quote of theirs got, and a title's name inside an organisation's name is none
#: ("General Administration of Customs"). After it, 128 wrong types: named people with no role
#: anywhere in the article (civilian 38, left ``unknown`` by design) are most of the rest.
#: Registry rows added (no label changed): Riksbank and Bank of Canada (speakers; Riksbank also a
#: source, government body), "central bank" (a government body description), "budget officer",
#: "press officer", "relations officer" (officials; "officer" alone stays a soldier), "clinical
#: officer" (a health worker, civilian), "Coun." (a councillor's title).
#: Conventions the sets disagree on, where the rules follow the majority: central bank heads are a
#: government body (sets 7, 9, 11: Ueda, Bailey, Tremblay-Côté, Nabiullina, Sjöqvist-Eriksson), so
#: set 2's Lagarde (organisation) stays a type miss; "Dr" with an official's role is an expert (set 1
#: Fauci, set 5 Cook) but set 10 labels a ministry's Permanent Secretary, Dr Nakabuye-Ssali, a
#: government body; "Dr" with an organisation's role is the organisation's (sets 4, 8, 10) but set 5
#: labels Dr McField, who co-chairs a reef initiative, an expert; "founder" stays the alias table's
#: expert (the bundled corpus's "ShadowBreak's founder Samuel Cardillo") though set 7 labels "the
#: group's founder" organisation; the European Commission's president and commissioners are
#: politicians (sets 1, 6, 7) while set 11 labels the Commission itself an organisation and set 7 its
#: spokesperson a government body (the rules leave both as they were); a club's chairman is a
#: civilian in set 3 and a "head coach"/"captain" a civilian everywhere, but set 10 labels a club's
#: general manager an organisation.
#: Set 12 (22 passages, 93 quotes, 83 sources; Vox, Forbes, Rolling Stone, Ukrainska Pravda,
#: Jordan Times, Egypt Independent, Morocco World News, The Citizen, New Vision, The Herald
#: (Zimbabwe), Cyprus Mail, Romania Insider, ERR News, Yle News, LRT, Tico Times, Samoa
#: Observer, PNG Post-Courier, Iceland Review, a chamber of commerce, a hospital trust, a
#: school board) was written by an eighth annotator, held out from the round-8 rules and
#: scored once after them. Its two extra quotes came from a glottal stop read as a glued
#: quote mark (Fepulea'i); the quote-span rule now reads a mark before a one- or two-letter
#: lower-case ending as an apostrophe.
#: Round 9 (source recall; recurring misses of sets 7-12 first runs: image credits outside the
#: registry or by acronym, own outlets named in other forms, bodies opened by a descriptor, releases'
#: issuers) added broad mechanisms only (see ``analysis/sourcing/citations.py``, "Round 9"); no rule
#: changed for speakers. Label changes in set 12 after its first run, all labelling slips against the
#: written convention that a name missing from the registry takes the kind its own name gives ("…
#: News" a news outlet; "Times", "Herald" are read the same way by the rules and by sets 1-11, e.g.
#: set 11's "Khaleej Times", "The Kathmandu Post"): "ERR News", "The Jordan Times" and "The Herald"
#: (the article's own outlets, labelled ``unknown``) are news outlets (3 labels; no rule changed for
#: them). Re-scored with them, set 12's first run gives source P/R/F1 0.754/0.590/0.662.
#: Set 13 (22 passages, 90 quotes, 75 sources; Daily Telegraph (Australia), West Australian,
#: Otago Daily Times, Winnipeg Free Press, San Francisco Chronicle, Denver Post, Star Tribune,
#: Tampa Bay Times, Euractiv, Daily Maverick, The Nation, The Island, Vanguard, Daily
#: Observer, The New Arab, The Diplomat, Inside Climate News, STAT, Science, an IOC statement,
#: a police blotter, a weather bulletin) was written by a ninth annotator, held out from the
#: round-9 rules and scored once after them.
#: Round 10 (speakers; the speaker and type misses of sets 10-13 by cause, before → after: speaker
#: name not recognised, a part of it or extra words 26 → 4, wrong antecedent or cue 48 → 45, label
#: convention 4 → 4; type left unknown, role not read 52 → 42, role typed otherwise 28 → 35, most of
#: the rise quotes whose speaker is now right) added
#: broad mechanisms only (``analysis/sourcing/speakers.py``): the person after a title's portfolio
#: ("Minister of Water and Irrigation Raed Abu Saadeh", "Vice Chancellor for Student Affairs …",
#: "Commissioner General of Examinations …"), typed by the title and not read as someone the title
#: works for; more run titles (Adviser, Chancellor, Superintendent, Member); a capitalised role noun
#: opening a name of two or more words is the name's role ("Passenger Fatou Bojang", "Economist …",
#: "Neighbor …"; "Marine Le Pen" keeps hers); a one-word name after a title ("Dr Asante-Boakye") is
#: the full name it ends ("Kwabena Asante-Boakye"). Registry rows added to
#: ``analysis/data/speakers.csv`` (no label changed): titles Supervisor, Cr (politician), Commodore
#: (soldier), "U.S. Attorney"; expert descriptors for -ologists (volcanologist, egyptologist …);
#: civilian descriptors (attorney, widow, singer, trader, vendor, motorcyclist, schoolteacher,
#: sophomore, shop/café/business owner); official descriptors "district/state/prosecuting attorney".
#: Sources were not changed this round; set 13's own outlets labelled ``unknown`` though their
#: names carry newspaper words (Post, Tribune, Chronicle, Free Press, Daily Times) were left as
#: labelled.
#: Set 14 (22 passages, 90 quotes, 75 sources; Hamilton Spectator, Calgary Herald, Anchorage
#: Daily News, Texas Tribune, Baltimore Banner, Marketplace, The Guardian (Nigeria), Business
#: Day, The Namibian, The Standard, L'Orient Today, Kurdistan24, The Tribune, Khmer Times,
#: Myanmar Now, RNZ, St Lucia Times, Agencia Brasil, Montsame, a football federation, a
#: hospital, a port authority) was written by a tenth annotator, held out from the round-10
#: rules and scored once after them. Its one missed and one extra quote came from "B.C.'s"
#: read as a quote mark; the quote-span rule now reads ".'s" as a possessive.
#: Round 11 (set 14's misses by cause; broad rules only, see the "Round 11" notes of ``analysis/sourcing``):
#: speakers lost to title abbreviations ("Coun."), standfirst roles ("Energy minister says" is the body's titled
#: minister, as sets 5, 12, 13 label it), coordinated verbs, ", where …," clauses and glued initials
#: ("Ch.Nomin-Erdene"); types to roles owned by "its", a central bank's bare "Governor", "runs/owns" (civilian),
#: roles at bodies named by acronym or described just before; "Dr" now yields to a role at a body typed by its
#: name, not at a place or institute (sets 1, 5 kept); sources to bodies named with their own acronym, legal
#: form or a descriptor, article-less "X spokesperson Y", head nouns with modifiers, "the X newspaper".
#: Set 14 labels the rules do not follow, against sets 6-12: an unlisted own outlet's short or shouted form as
#: written ("The Spectator", "The Banner", "MONTSAME", "Tribune", "KT"; sets 7-12 give the outlet's name, e.g.
#: "PREMIUM TIMES" → Premium Times); "The Tribune" ``unknown`` (a newspaper word, as in set 12); a speaker's legal
#: form kept ("Pesa Haraka Ltd"); a shouted photographer is a credit by the bundled corpus ("DIMITAR DILKOFF").
#: Set 15 (25 passages, 149 quotes, 113 sources; AFP, Focus Taiwan, Irish Independent, FT Alphaville,
#: WSJ, Le Figaro, Gulf News, Bangkok Post, Hindu BusinessLine, Anadolu, HKFP, Ukrinform, Kathimerini,
#: The Register, The Art Newspaper, New Scientist, KFF Health News, Marca, TheCable, Eurasianet,
#: Business Times, Morning Star, Canberra Times, Jamaica Observer, Sportstar) was written by an eleventh
#: annotator, held out from the round-11 rules and scored once after them. Its own decisions: well-known
#: names missing from the registry are labelled by common knowledge (Le Figaro, Bangkok Post, RTHK, ERT,
#: Kathimerini, The Register, The Art Newspaper, The Information, Movistar Plus+, TheCable, Eurasianet,
#: Kloop, Kaktus.media, KFF Health News news outlets; Ukrinform and the Athens-Macedonian News Agency news
#: agencies; Deutsche Bank and PitchBook companies), "Alphaville" ``unknown``; "(CNA)" is the Central News
#: Agency; a defendant's words relayed by counsel are the defendant's (verb "told"); "the statement reads"
#: takes the verb "read" and the spokesperson as speaker; status-page labels are the company's (no verb);
#: an officer who is no spokesperson does not make the body a source; "Union slams" is said by "union"
#: with GMB the source; call signs, nicknames, charge names and code names are scare quotes; an official
#: category tied to a body is its speech ("above normal", the IMD, verb "forecast"); platforms where
#: something only circulated are no sources; a state museum's director is a government body; a news
#: outlet speaking is journalist or media, a party an organisation; bodies named by a description take the
#: description; an unmarked block quote gives no quote but its firm is a source; "the company" referred
#: back stays ``unknown``, "a … company" in apposition is a company.
#: Round 12 (set 15's misses by cause; broad rules only, see the "Round 12" notes of ``analysis/sourcing``):
#: a body's name shortened after its first mention is that body ("Greystone", "Mercy Ridge" for the full
#: names given before; not a named person's surname, not a name whose rest is a legal form); a code name,
#: call sign, nickname or "known as" name in quotes is a scare quote with no speaker or verb; "a statement
#: read on state television" is no cue (the officer before it said it); an organiser holds a role at a body
#: (a union's organiser speaks for it); "Medical" makes a name an organisation ("… Medical Center").
#: Registry rows (widely known names only): Le Figaro, Le Journal du Dimanche, Kathimerini, The Register,
#: The Art Newspaper, TheCable, Eurasianet, Movistar Plus+ (news outlets), the Athens-Macedonian News
#: Agency, Deutsche Bank, Goldman Sachs, PitchBook (companies), Mastodon, the National Hurricane Center,
#: the Élysée Palace, the Monetary Authority of Singapore and India's Coffee Board (government bodies);
#: descriptors "elected official" (politician), "expat", "sysadmin", "barrister", "solicitor" and
#: sports positions (civilian). Set 15 labels the rules do not follow, against earlier sets and the
#: registries: a body's spokesperson as "<Body> spokesperson" (the bundled corpus makes the body the
#: speaker, as kept since set 7); "Ukrainian Foreign Ministry" and "Amnesty International" ``unknown``
#: (the registry's canonical name and kind, as in set 5); "HKFP" for the own outlet's credit (sets 7-12
#: give the outlet's name); "(CNA)" as the Central News Agency (the registry's CNA is Channel NewsAsia);
#: Dmitry Peskov a government body (the alias table's politician); the Committee to Protect Journalists,
#: GMB and the BCCI ``unknown`` were left out of the registry so as not to contradict those labels.
#: Causes left open: named bodies referred back by a bare head noun in quotes ("the centre said", "the
#: bureau said", "the tribunal found"), a capitalised title in apposition after a name ("K.G. Rajeev,
#: President of the …"), a person "of" a possessive body ("… of X University's Faculty of …"), speakers
#: of participles after an object ("…, saying"), relayed words ("He told her …", the garda said).
#: Set 16 (25 passages, 118 quotes, 91 sources; Caixin Global, Devex, Africanews, Radio Free Asia,
#: Al-Monitor, TimesLIVE, Addis Standard, The Courier, Press and Journal, SBS News, Global News, Roll Call,
#: Stars and Stripes, Sky Sports, Nature, The Record, OC Media, Fiji Times, MercoPress, Courthouse News,
#: Lusa, Jiji Press, AAP, The Canadian Press, a cricket club's site) was written by a twelfth annotator,
#: held out from the round-12 rules and scored once after them. Its own decisions: a quote continuing a
#: speaker's words past the cue sentence takes the speaker and no verb (as sets 12 and 15); spokespeople
#: are labelled "<Body> spokesperson" (as sets 5-7) and the body is a source; a named head or officer
#: speaking does not make the body a source (set 15), but "officials said" makes their body one; the own
#: outlet is a source when told something or in its own dateline or wire tagline; kinds of unlisted names
#: by common knowledge (a state broadcaster named "Corporation" is a news outlet), invented bodies
#: ``unknown`` unless called a firm; "AAP" → Australian Associated Press, "Getty" → Getty Images; a label
#: pinned on a named person is speech, group and exercise names and quoted legal wording are scare quotes;
#: a standfirst's speaker is the person the article names, with the standfirst's verb.
#: Round 13 (set 16's misses by cause; broad rules only, see the "Round 13" notes of ``analysis/sourcing``):
#: names never run across a line break (a standfirst's last word glued to the name opening the body) and a heading
#: line in capitals is no speaker; a broadcaster's number and a number after a slash are the name's ("Radio 10",
#: "Página/12"), a place before "daily" that a name follows is no medium; a sentence-opening common noun the
#: article writes in lower case is no body ("Developer says"); a possessive apostrophe opens no clause (the
#: Kirby Institute's professor speaks, not the institute); "state-run" yields to a name's own kind ("… News
#: Agency"); shouted words take the article's spelling ("SUVA City Council"); titles: "Magistrate", a state
#: word inside a portfolio ("Minister for Local Government X" is X); "the <modifiers> X of Y" is a body, not a
#: person of a place ("Global New Light of Myanmar"); "Holdings", "Networks" and like words make bodies ("the
#: company" then refers back); bare "police" is the police body the article named, "the authority" an Authority.
#: Registry rows (widely known names only): Devex, Addis Standard, OC Media, Radio Free Asia, Stars and Stripes,
#: Mizzima, Global New Light of Myanmar, Caixin, Courthouse News Service, Ethiopian Broadcasting Corporation
#: (news outlets), Jiji Press, Lusa, Australian Associated Press (news agencies), UNAIDS, the International
#: Organization for Migration, the Southern African Development Community (international organisations),
#: INDEC, NSW Health, Consumer Affairs Victoria (government bodies), Scottish and Southern Electricity Networks
#: (company). Set 16 labels the rules do not follow, against earlier sets and the bundled corpus: a body's
#: spokesperson as "<Body> spokesperson" (the bundled corpus makes the body the speaker, as kept since set 7);
#: "England and Wales Cricket Board" and "Transparency International Georgia" ``unknown`` (left out of the
#: registry so as not to contradict them); "The Record" was not added (a title many papers share, and "The
#: record …" opens ordinary sentences). Causes left open: a verb after "and" when a fronted participle clause
#: or "the commission" stands before it ("Speaking to the state broadcaster, …, X said … and insisted"),
#: names in quotes ending with a comma inside the marks ("Kraken Circle,", "Steel Pike 25,"), present-tense
#: "calls the work '…'", a release credited "Handout / <body>", datelines with the agency unbracketed
#: ("MELBOURNE, Nov 12 AAP -"), "Army officials said" for the U.S. Army, "Dr" with "who owns" (civilian).
#: Set 17 (25 passages, 134 quotes, 102 sources; Chicago Sun-Times, Seattle Times, Honolulu Civil Beat,
#: Scroll.in, Nepali Times, Middle East Eye, Philadelphia Inquirer, The Spinoff, Manila Bulletin, Ahram
#: Online, Capital FM Kenya, IOL, RFI, DutchNews.nl, Radio Prague International, NHK World, ThePrint, Racing
#: Post, The BMJ, Interfax, Al Arabiya, TheJournal.ie, The Brazilian Report, Eastern Daily Press, The
#: Mainichi) was written by a thirteenth annotator, held out from the round-13 rules and scored once after
#: them. Its own decisions, siding with sets 1-4 where later sets differ: a quote continuing past the cue
#: sentence takes the speaker and no verb, both halves of a quote split in one sentence take the verb;
#: unnamed spokespeople keep the plain descriptor, and the body they speak for is a source; a named officer
#: speaking does not make the body a source, "officials said" does; a short quote in a named speaker's
#: reported clause, or a label pinned on someone ("opponents call it a 'taking'"), is speech, and scare
#: quotes are unattributed labels (so-called terms, names of songs, advisories); "cited 'seasonality'" has
#: the verb "cited"; a broadcaster's own wording is journalist or media; a name both speaking and in a credit
#: gives two pairs; invented bodies are ``unknown`` unless a legal form or "company" gives their kind; a
#: court whose judge speaks or that heard a case is no source, a court quoted itself is.
#: Round 14 (set 17's misses by cause, source recall first; broad rules only, see the "Round 14" notes of
#: ``analysis/sourcing``): the article's own outlet, cited, is a news outlet under every name the rules know
#: for it (its title, "The" aside, its initials, its short name before an edition word, "Post-Courier"),
#: registry kinds kept; the article itself is the evidence. The labelling convention changed with it: sets
#: 6-15 had labelled unlisted own outlets ``unknown`` (71 labels, all now "news outlet"; sets 15-17's
#: annotators had already labelled them so). First-run figures stay as scored.
#: Other rules: "has/had/have called" before a label in quotes is a verb; "published on <day> by", an
#: "inventory/database/index/ranking/tally by" and "a representative of" are cues; a verb before an unnamed
#: spokesperson or official of a registry body ("…,' said a Paddy Power spokesman"); a body's unnamed "officials
#: said" and an acronym's unnamed "official told" cite the body; "The" before a one-word acronym is no part of it
#: ("The RSF denied"); capitalised words before the part of a name its bracketed acronym spells are dropped
#: ("Paramilitary Rapid Support Forces (RSF)"); a registry acronym in apposition ("the UN's humanitarian office,
#: OCHA, said"); a lower-case cabinet/ministry/presidency after a national adjective that a cue names ("spokesman
#: for the Egyptian cabinet"); "observing" is a court's reporting participle; a county and a "National … Council"
#: are state bodies by their names (the county for sources only: a role "for Lubbock County" stays at a place);
#: "(Photo courtesy of X)" in brackets, and a credit its own words make a body is no photographer ("King County").
#: Registry rows (widely known names only): NHK, Mainichi Shimbun (alias The Mainichi), Folha de S.Paulo, Czech
#: Television, NOS (news outlets), ČTK (news agency), Statistics Netherlands, National Prosecuting Authority (NPA),
#: Saudi Ministry of Energy (government bodies), OPEC, OPEC+, International Energy Agency, UN Office for the
#: Coordination of Humanitarian Affairs (OCHA; also labelled so by sets 13 and 15) (international organisations),
#: Paddy Power, Betfair, Opta (companies); speakers table: the title "Garda", the civilian descriptor
#: "detectorist", bodies OPEC, OPEC+ and the Saudi Ministry of Energy. Set 17 labels the rules do not follow,
#: against earlier sets: "Kyodo News" (sets 4, 9, 11 label the registry's "Kyodo"); "NHS England data show"
#: as NHS England (set 8 labels the same phrase NHS, so NHS England stays the NHS row's alias); unnamed
#: spokespeople as the plain descriptor (the bundled corpus makes the body the speaker, as kept since set 7);
#: "Capital FM" for "told Capital FM News", and the own outlet's short forms "Sun-Times" and "Civil Beat" under
#: the outlet's full name (set 12's "Post-Courier" is labelled as written). Causes left open: "King County" (its
#: first word a title, so no body), "Chicago police said" for an unnamed full name, bookmakers' odds ("Paddy
#: Power cut …", "Betfair make him 6-1"), "In a statement, <Name> said" for names without an organisation word,
#: a descriptor with a plural possessive ("Landlords' association Vastgoed Belang said"), a place phrase between
#: a body and its appositive ("The Emergency Response Room in Abu Shouk camp, a volunteer network, said"),
#: "Ukraine's Energy Ministry at the time called", "Lumora Inc." (the legal form's full stop is dropped), acronym
#: speakers under the full name given in brackets ("RSF"), a title glued after a portfolio ("whip in the Lower
#: House Renato Figueira").
#: Set 18 (25 passages, 158 quotes, 114 sources; LiveLaw, Defense News, TradeWinds, The Hollywood
#: Reporter, ESPNcricinfo, Trinidad Express, The Peninsula, NV, Global Times, Civil.ge, The Astana Times,
#: Helsinki Times, Nyasa Times, Graphic Online, InSight Crime, The Edge Malaysia, Mothership, Houston
#: Chronicle, Vancouver Sun, Crikey, The Argus, Carbon Brief, 404 Media, The Phnom Penh Post, Prensa Latina)
#: was written by a fourteenth annotator, held out from the round-14 rules and scored once after them. Its
#: own decisions: credits of the outlet's own staff are no sources; two credits in one line give two pairs
#: ("Xinhua / Alamy Stock Photo"); a speaker's legal form is dropped, a source's kept ("Thalassa Maritime
#: Ltd"); kinds of unlisted names by common knowledge or the text's own description ("the state-owned grid
#: company"); a minister's spokesperson cites no body; a filing venue is no source unless cited for data; a
#: rating quoted as a body's verdict is its speech ("downgraded the stock to 'neutral'"); a quote set off
#: after a cue ending in a colon takes that cue's verb; nested quotes list only the outer one.
#: Round 15 (set 18's misses by cause; broad rules only, see the "Round 15" notes of ``analysis/sourcing``):
#: a distinct reporting verb is reported as itself, only spelling and tense variants fold ("cautioned",
#: "encouraged", "blasted", "quipped" … no longer "warned", "urged", "slammed", "joked"; sets 6-17 gain);
#: court speech: "observing", "ruled/ruling", "submitted" (labelled so by sets 7, 8, 10, 12, 15); a
#: "so-called" term and a handle someone "goes by" are labels with no speaker or verb; a place compound
#: ("Ohio-based", "London-based") is no part of a name and may open a description; a legal form is no
#: one-word speaker ("… Maritime Ltd confirmed"), "Bhd", "Berhad" and "Pty" are legal forms; a person-index
#: mention keeps the title and portfolio before it ("Minister of Employment X …, saying" is X, not
#: "minister"); "and the" opens a second name ("the National Bureau of Statistics and the National Energy
#: Administration"); a plural possessive before a union, party or association word is inside the name
#: ("Finnish Railway Workers' Union"). Registry rows (widely known names only): police rank abbreviations
#: ACP, DCP, ASP, DSP, SSP, IGP (titles); cricket roles, "broker", "owner" (civilian) and "specialist"
#: (expert) descriptors; Helsingin Sanomat, Breaking Defense (news outlets), Prensa Latina, Finnish News
#: Agency STT (news agencies), Bank of Ghana, Housing & Development Board, National Weather Service, U.S.
#: Army, "China's foreign ministry" as the Chinese Ministry of Foreign Affairs (government bodies; set 4's
#: label gains), Qatar Airways, Comscore, Universal Pictures, Kpler, Southern Water, Bursa Malaysia
#: (companies). Set 18 labels the rules do not follow, against earlier sets: "Chinese Foreign Ministry" as
#: the Chinese Ministry of Foreign Affairs (set 13 labels it as written, so that alias was not added);
#: "Ukrainian Foreign Ministry" (the registry's canonical name, as kept since set 5); "A Tanjung Logistics
#: spokesperson" as "spokesperson" (the bundled corpus makes the body the speaker, as kept since set 7).
#: Causes left open: "one commuter, a nurse" (the rules keep the appositive role), "the Bench" (the
#: rules refer it back to the court named before), "directed", "thanked", "hailed", "attributed", "found"
#: and "downgraded" as verbs (too often no speech), a lead's description ("The state's power grid operator",
#: "A … judge") named only in a later paragraph, a first name standing for a full name ("Sediqullah"),
#: "who gave only her first name, Ana", a quote set off after a colon cue taking its verb, titles of works
#: in quotes before a noun ("the 'Grid Watch' newsletter"), possessive owners of programmes ("the Ministry
#: of Health's National Dengue Control Programme"), the own outlet's title before a place ("The Edge
#: Malaysia", "The Peninsula Qatar"), bare credits ("• Getty Images", "Credit: AP").
#: Set 19 (25 passages, 154 quotes, 104 sources; RTÉ News, Philippine News Agency, Farmers Weekly, The
#: Harvard Crimson, Time Out London, Daily Trust, The New Times, TOLOnews, The Hankyoreh, The Asahi Shimbun,
#: Taiwan News, Rudaw, Globes, Mada Masr, Andina, The Rio Times, Railway Gazette International, Nunatsiaq
#: News, Catalan News, Solomon Star, Ghana News Agency, Times Higher Education, The Indian Express, Cosmos,
#: TechCabal) was written by a fifteenth annotator, held out from the round-15 rules and scored once after
#: them. Its own decisions: an outlet cited under two forms in one article is one pair; an own outlet's
#: only short form is labelled as written ("The Crimson"); an outlet's name in quote marks ("told "Globes"")
#: is also a scare quote; a body that declined to comment or did not respond is no source; a platform where
#: something only aired is none; a minister's spokesperson cites no body; "the court found … '…'" is the
#: court's speech (verb "found") and the court a source; group speakers keep their plural ("Opposition
#: TDs"); official category names given as plain labels are scare quotes; "Central News Agency (CNA)" is
#: the Taiwanese agency.
#: Round 16 (the type misses of sets 15-19 and set 19's source misses by cause, speaker type and source recall
#: first; broad rules only, see the "Round 16" notes of ``analysis/sourcing``): an appositive description after a
#: name keeps its article before capitalised modifiers or a name it is joined to, also after a class year ("X ’26,
#: a Lowell House resident", "X, a Filipino expat"); a description's appositive name never lies past the end of its
#: sentence (a later "X said" had been swallowed by "one of the petitioners" before it); a role "at" a place
#: introduces the name after it ("One commuter at Sants, X, told"); a name whose own words give its kind is an
#: organisation after a cue ("according to Statistics Sweden"); dateline agencies by unbracketed initials after the
#: date ("Accra, Oct. 13, GNA –", "MELBOURNE, Nov 12 AAP -"; set 16 gains) and a registry agency in brackets ending
#: the dateline's sentence ("Lima, Nov. 14 (ANDINA)."; own outlets not, as set 14 leaves "(MONTSAME)." uncited).
#: Registry rows (widely known names and common role words only): descriptors commuter, petitioner, patient,
#: voter, activist, aunt, uncle, cousin, nephew, niece, trainer, jockey, rider (civilian), consultant and four
#: -ologists, "political scientist" (expert), association and federation (organisation bodies); sources Philippine
#: News Agency, Ghana News Agency, Andina, Agência Brasil (news agencies), the Department for Environment, Food and
#: Rural Affairs (alias Defra), Statistics Canada, Bank of Israel, Philippine Coast Guard, Adif (government bodies),
#: World Food Programme (international organisation), Tel Aviv and Taiwan Stock Exchanges, Renfe, Alstom, Stadler,
#: Elbit Systems (companies); speakers Bank of Israel, World Food Programme, Adif, Renfe, Alstom. Set 19 labels the
#: rules do not follow, against earlier sets: "Defra" (set 10 labels the department by its full name, the registry's
#: canonical; a Defra speaker row was left out as it took set 10's spokesperson); "Hankyoreh" and "The Crimson" for
#: the own outlets (sets 7-12 give the outlet's name); "Department of Energy, Environment and Climate Action" without
#: the "Victorian" the text gives (names keep their national or state adjective, as "Russian Ministry of Defence").
#: Stadler was not made a speaker row: "Rival bidder Stadler … at the National Appeals Chamber, which …, saying" would
#: then go to Stadler. Causes left open: roles held at a body named by a possessive head noun ("The housing
#: corporation's president, X"), "who lives"/"who sells"
#: (civilian), "Mother-of-two X", Nigerian state commissioners (politicians), student-government titles after a class
#: year ("HUA Co-President X ’27"), an own outlet's title before a place ("Time Out London" → "Time Out"), "Members
#: of the X Association", "the Public Defender's Office", a place owner before a body ("The Kurdistan Region's
#: Ministry of Natural Resources said").
#: Set 20 (25 passages, 156 quotes, 121 sources; conflict coverage from UNIAN, Suspilne, The Insider,
#: Kommersant, PAP, New Statesman, Radio Dabanga, Sudan Tribune, Radio Okapi, The Irrawaddy, Ynetnews, and
#: PoliticsHome, ANI, Infobae, SABC News, Bar and Bench, Zawya, Mmegi, Fierce Pharma, Scientific American,
#: Mongabay, RugbyPass, Weatherzone, KSL.com, The Borneo Post) was written by a sixteenth annotator, held
#: out from the round-16 rules and scored once after them. Its own decisions, siding with sets 1-2 where
#: later sets differ: a short loaded label for a thing or an opponent is a scare quote even inside a
#: speaker's clause ("dismissed … as 'Russophobic hysteria'"), while fragments of what someone said stay
#: speech; a quote after a participle takes its verb ("alleging" → alleged); an official rating tied to a
#: body's statement is its speech; rebel and armed groups' spokespeople are military or government body,
#: their source kind ``unknown``; a party spokesperson makes the party a source; the own staff's speech and
#: credits are none, a sister outlet's credit is one; titles are dropped from one-word names ("Madam Lim").
#: Round 17 (the type misses of sets 16-20 and set 20's misses by cause, military and conflict speakers first; broad
#: rules only, see the "Round 17" notes of ``analysis/sourcing``): the head of a regional or local administration is
#: its governor or mayor, a politician ("head of the Kharkiv Regional Military Administration", as set 15 labels it;
#: its spokesperson stays an official); "According to him/her, '…'" names the speaker by a pronoun (the verb stays
#: "according to", as the rules give for "according to X"); an unnamed body typed by the description in apposition
#: after it ("Rosseti Centre, the regional grid company,", "X, a biotech company,"); a state's armed forces, or a
#: command or staff of them, are a government body by their names when named with their state or "of …" ("Armed
#: Forces of the Democratic Republic of Congo", "Operational Command of the Polish Armed Forces"; not "… Army",
#: "… Forces" or "… Defence Force" alone, which armed groups call themselves, so set 16's "Kani People's Defense
#: Force" stays ``unknown``). Registry rows (widely known names only): MONUSCO (international organisation), MRTV,
#: Ynet (alias Ynetnews), France 2, Deseret News (news outlets), Nasdaq, De Beers, Debswana (companies), Bank of
#: Botswana (government body), "National Institute of Statistics and Census" as INDEC; speakers table: "IDF" for the
#: Israel Defense Forces, expert descriptors chemist, geochemist, biochemist, physicist, astrophysicist, astronomer,
#: oceanographer, mathematician. LSEG was left out of the registry: set 5 labels it ``unknown``. Set 20 labels the rules do
#: not follow, against earlier sets: "PAP" for the registry's Polish Press Agency; body spokespeople as the plain
#: descriptor (the bundled corpus makes the body the speaker, as kept since set 7); "captured soldier" for "the
#: 34-year-old former warehouse worker" the text names; a retired general writing as an analyst an expert. New
#: source false positive: "the deputy commander-in-chief of the Sudanese Armed Forces (SAF), Lt Gen X, … rejected"
#: cites the armed forces, as round 11 lets a state body an officer is "of" speak. Causes left open: a rank with
#: "(res.)"/"(ret.)" before a name ("Lt. Col. (res.) X"), "Congress general secretary" (lower-case "general" read as
#: a rank; Indian parties unlisted), a "ministry spokesperson" with a lower-case portfolio before it read as a
#: politician's ("foreign ministry spokesperson Wen"), armed groups typed by their descriptions ("the AFC/M23
#: rebels", "the paramilitary RSF"), a think tank's head ("researcher X, who heads the Y Forum, a think tank"),
#: "found that" in court speech, datelines with "[Country]" (ANI), "Analysts at X said", "a member of the
#: committees", "Its president" after a cue ("…, said its president, X"), "he" in a reported clause ("X said the
#: diplomat … what he called").
#: Set 21 (24 passages, 135 quotes, 111 sources; five events each told by four or five outlets: a missile
#: strike on Dnipro in UPI, MailOnline, Hromadske, Sputnik, TVP World; a Kenyan rate cut in Business Daily
#: Africa, The Star Kenya, KBC, Kenya News Agency, Central Banking; a former minister's conviction in
#: Sowetan, EWN, GroundUp, African News Agency, The Africa Report; a hurricane in the Sun Herald, New York
#: Post, Insurance Journal, PBS NewsHour, The Times-Picayune; a transfer row in AS English, Football Italia,
#: talkSPORT, GOAL) was written by a seventeenth annotator, held out from the round-17 rules and scored
#: once after them. Its own decisions: a short label after "accused of" or "rejected accusations of" is a
#: scare quote, one after "called", "described" or "termed" speech, and any fragment in a "said that"
#: clause speech; labels the writer keeps at a distance are scare quotes; football club executives are
#: civilians, a club's statement an organisation; pundits of the outlet's own programme and a rival
#: outlet's reported wording are journalist or media; "talkSPORT understands" cites the own outlet; sources
#: are labelled as written ("Business Daily", "The Star") and keep legal forms.
#: Round 18 (set 21's misses by cause, source false positives first; broad rules only, see the "Round 18" notes of
#: ``analysis/sourcing``): a central bank's "Monetary Policy Committee/Council/Board" is a state body by its name; a
#: name ending in "Daily" is a news outlet ("Business Daily"); an own outlet missing from the registry is a news agency
#: when its name says so ("Kenya News Agency"; the round-16 unit test's "Lorland Press Agency" changed with it); a
#: platform where something only "trended" is no source; a lone "Party", "Club", "Team", "Group", "Company",
#: "Committee" or "Union" before a spokesperson names no body; a "©" credit may carry a "Photo :" label. Registry rows
#: (widely known names only): UPI (news agency; Sputnik's kind corrected to news agency), Marca, Relevo, Olé, Onda
#: Cero, La Gazzetta dello Sport, Il Secolo XIX, Sky Sport Italia (no longer read as "Sky"), WWL-TV (news outlets),
#: Verisk, Moody’s RMS (companies); speakers table: the title "Administrator" (a federal agency's head, government
#: body), "co-host" (journalist or media). Set 21 labels the rules do not follow, against earlier sets: credits of
#: the own outlet's staff left uncited ("X/Sun Herald", "X/EWN"; sets 10-14 cite them); a named officer's body left
#: uncited ("CBK Governor X said", "Kenya Bankers Association (KBA) chief executive X said"; sets 8 and 10 cite it);
#: "MailOnline" for the registry's Daily Mail and "PAP" for the Polish Press Agency (as kept since sets 17 and 20).
#: Causes left open: "the Genoa CEO said" referring back to the chief executive named before, "St." inside a name
#: ("St. Tammany Parish Sheriff’s Office"), a legal form's full stop ("… Insurance Corp., the state's insurer"),
#: "(Image: X/AFP via Getty Images)" and "(C)Getty Images", "PHOTO | NAME | NMG", "the CS said" (Kenya's Cabinet
#: Secretary), a court that "convicted" someone, the own outlet with an edition word as written ("KBC News").
#: Set 22 (24 passages, 147 quotes, 91 sources; IRNA, BTA, MAP, New York Daily News, Herald Sun, Daily Sun,
#: Business Standard, Jakarta Globe, Stabroek News, The City Paper Bogotá, Voice of America, CGTN, Channel 4
#: News, 1News, Maclean's, The Spectator, Autosport, Nursing Times, Mining Weekly, Africa Check, PolitiFact,
#: Platformer, SCOTUSblog, Climate Home News) was written by an eighteenth annotator, held out from the
#: round-18 rules and scored once after them. Its own decisions: text quoted from a viral post is spoken by
#: "post" (type unknown); a fact-checker's rating is its own speech (verb "rated"); "according to an FIA
#: document" makes the body the speaker with no verb; a claim line with an em-dash attribution has the speaker
#: and no verb; a quote whose only cue is a "told us" sentence in the paragraph before has no verb; nicknames
#: and honorifics are left out of names, a first name alone is the name given; team principals, drivers,
#: paramedics and ward sisters are civilians, government negotiators a government body; a journal cited for
#: findings is a source of kind ``unknown``; a body named by a possessive office is written as given.
#: Round 19 (set 22's misses by cause, those recurring in sets 18-22 first; broad rules only, see the "Round 19" notes
#: of ``analysis/sourcing``): a body's own acronym in brackets may stand between its name and its spokesperson
#: ("Department of Mineral and Petroleum Resources (DMPR) spokesperson X said"; sets 10, 15, 16, 19, 20, 21 gain);
#: "Members of the" opens no body's name ("Members of the Royal College of Nursing (RCN)", set 19's "Members of the
#: Herat Saffron Association"); a capitalised preposition opening a sentence is no part of a name ("For X, …"), and a
#: person so framed is the antecedent of a pronoun in the sentences after ("For X, that is cold comfort. '…,' she
#: says"). Registry rows (widely known names only): BTA and MAP (the Bulgarian and Moroccan state agencies, under the
#: acronyms they are known by, as AFP and IRNA), Tasnim (news agencies), Voice of America (alias VOA; news outlet),
#: NYPD, MetService, Bank of Guyana (government bodies), Spotify, Nomura, Pirelli (companies). Set 22 labels the rules
#: do not follow, against earlier sets: "according to X" with no verb (sets 15-21 give "according to"); "Chinese Foreign
#: Ministry" as the Chinese Ministry of Foreign Affairs (set 13 labels it as written); body spokespeople as the plain
#: descriptor (the bundled corpus makes the body the speaker, as kept since set 7). Causes left open: honorifics of
#: other languages before names ("Gogo", "Malam", "Eng", "U"; sets 19, 20, 22), "Brokerage Nomura" (a capitalised
#: descriptor before a body), "the company said" after a name with "Ltd" (sets 18, 22), "posted"/"called" as verbs
#: with a colon or label after them (sets 19, 21, 22), "slammed" as a reaction, possessive offices ("Public Defender's
#: Office", "Attorney-General's Department", "Arizona Secretary of State's office"; sets 18, 19, 22), the own outlet's
#: short form ("the Daily News"), a court's "reasoned", a fact-checker's "rated", "according to an FIA document".
#: Set 23 (25 passages, 146 quotes, 89 sources; PA Media, KCNA, News Agency of Nigeria, Toronto Sun, NT News,
#: Deccan Herald, NZZ English, TRT World, Radio Sweden, FBC News, SuperSport, The Atlantic, Americas
#: Quarterly, Press Gazette, FlightGlobal, Tes, Punchbowl News, Honi Soit, Oxford Mail, The Oregonian,
#: SaharaReporters, Kaieteur News, Enab Baladi, Vatican News, The Japan News) was written by a nineteenth
#: annotator, held out from the round-19 rules and scored once after them. Its own decisions: an own outlet
#: known by a short form is labelled by its full name; "our whip count" cites nothing; "X reported, citing
#: …, that '…'" makes the outlet the speaker (verb "reported"); a quoted Reddit post is spoken by "post"
#: (verb "read") and Reddit is a source; a start-up is a company; campaign slogans are scare quotes; Church
#: officials are organisation and a dicastery ``unknown``; a state agency's specialist is a government body;
#: "posted on X: '…'" takes the verb "posted".
#: Round 20 (set 23's misses and the causes round 19 left open, those recurring in sets 19-23 first; broad rules only,
#: see the "Round 20" notes of ``analysis/sourcing``): honorifics of other languages and clergy styles are titles dropped
#: from names ("Malam", "Alhaji", "Gogo", "Eng.", "U", "Daw", "Rev.", "Fr.", "Cardinal", "Bishop"; sets 19, 20, 22, 23
#: gain), as are the police ranks "Const." and "SP"; a one-letter title before a full stop is an initial ("U.S."); an
#: office named by its holder's title keeps the possessive inside its name ("Public Defender's Office", "Jackson County
#: Sheriff's Office"; sets 19, 23 gain); "posted" reports words before a post's caption or a "that" clause (set 22
#: gains); an own outlet's last word that names a registry outlet is the own outlet ("told the Sun" in the Toronto
#: Sun). Registry rows: titles only (speakers table), no new sources. Set 23 labels the rules do not follow, against
#: earlier sets: body spokespeople as the plain descriptor (the bundled corpus makes the body the speaker, as kept since
#: set 7); "Neue Zürcher Zeitung" for an own outlet the articles name "NZZ" (the rules know an outlet only by the name
#: the articles give it). Causes left open: "the Cardinal said" (a bare title referring back to the titled person named
#: before), "the statement read" after a spokesperson's statement, a title's name after a relayed clause ("Kim Jong Un
#: said … He stressed"), "Prof. X of Y University, a planetary scientist" (the appositive's role taken as the speaker),
#: the own outlet's edition-word short form before another name ("NT Government" in the NT News), an own outlet cited
#: in a bracketed dateline and named "… News Agency" in the text, "the company said" after a brand with a place and a
#: legal form ("ExxonMobil Guyana Ltd (EMGL) yesterday said"), "called" after a spokesperson with curly single quotes.
#: Set 24 (22 passages, 124 quotes, 108 sources; half war and conflict: RBC-Ukraine, RIA Novosti, Militarnyi,
#: Mediazona, +972 Magazine, Garowe Online, Mizzima, The Haitian Times, Euromaidan Press, Al Mayadeen English,
#: BelTA; and Islands Business, CalMatters, BNamericas, Lusaka Times, The Economic Times, Kazinform, NL Times,
#: Cyclingnews, Oman Observer, Eos, The Tyee) was written by a twentieth annotator, held out from the
#: round-20 rules and scored once after them. Its own decisions: a quoted fragment in a clause reported from a
#: named speaker or body is speech even when loaded, only "accused of", "so-called" and labels used as words
#: are scare quotes; armed groups and gang leaders are military or government body (source kind ``unknown``);
#: war-blogger channels and state media speaking are journalist or media, the channel an ``unknown`` source
#: and Telegram the platform; commanders are soldiers, a defence minister a politician; a captured soldier
#: named by a first name is labelled by it; "in response to a query from X" and "in an interview with X" cite
#: X like "told X"; a body both cited and credited gives two pairs; credits by acronym take the full name.
#: Round 21 (speakers; the speaker misses recurring in sets 19-24 by cause: a role word inside a capitalised run kept
#: in the name, a title's person "of" a body read as a body, apostrophes inside hyphenated names and the Dutch "'t",
#: a demonym after an age read as a one-word name; broad rules only, see the "Round 21" notes of
#: ``analysis/sourcing``): a capitalised role noun of the speakers table inside a run, not in a title's portfolio, is a
#: title before the name of two or more words after it ("ZESCO Public Relations Manager X Y", "Electoral Officer X Y";
#: sets 19, 24 gain); "Senator X Y of the Z Party" is X Y and the party, as "<person> of <body>" without a title;
#: "Delgado-O'Neill", "Kulkarni-D'Souza" and "van 't Hek" are read whole; "the 24-year-old Belgian said" is the age
#: description, which refers back to the person named before. Registry rows: "vet" (civilian descriptor) only. Set 24
#: speaker accuracy 0.675 → 0.763, type 0.702 → 0.719; set 19 speaker 0.838 → 0.866. Set 24 labels the rules do not
#: follow, against earlier sets: body spokespeople as the plain descriptor (the bundled corpus makes the body the
#: speaker, as kept since set 7). Causes left open: a bare role referring back to the titled person named before
#: ("the head of state said", "the minister stressed"; sets 21, 23, 24), "the company said" after a one-word company
#: named with a descriptor ("state-owned copper company Codelco"), a nationality after "the" without an age ("the
#: Belgian said"), speakers of quotes after a body's figures ("the Lebanese Health Ministry said … the IDF").
#: Round 22 (speakers; a bare role or description referring back to someone named before, by cause across sets 1-24:
#: the role word unknown as a mention after "the", the referent picked by type rather than by the role it was given,
#: a one-word company named after its description; broad rules only, see the "Round 22" notes of
#: ``analysis/sourcing``): a definite description takes the last person (or body, for a body's description) named in
#: its paragraph or the two before whose title, description, name or apposition holds its role word ("Defence
#: Minister X … the minister", "Cardinal X … the Cardinal", "the … Authority … the authority"), before the old
#: subject-of-a-compatible-type rule; a title right after "the" with no name is such a description; a one-word name
#: right after a company's or organisation's description is that body ("brokerage firm Jefferies", "consumer group
#: Codacons"). No registry rows. Set 23 speaker accuracy 0.809 → 0.832 (type 0.664 → 0.672); sets 8 (0.917 → 0.935),
#: 15, 19, 21, 22, 24 gain under 0.02; bundled-corpus quotes and cited sources unchanged. Causes left open: a role
#: in another form than the title ("the Genoa CEO" after "chief executive", "the CS" after "Cabinet Secretary",
#: "the head of state" after "President"), a description before the name ("The Taoiseach has said … Micheál
#: Martin said"), "the company" more than two paragraphs after the company's last mention (Codelco).
#: Round 23 (speakers; the causes rounds 21 and 22 left open, across sets 1-24; broad rules only, see the "Round
#: 23" notes of ``analysis/sourcing``): a role referred back to in another form than it was introduced in is the same
#: role, by new ``role synonyms`` rows of ``analysis/data/speakers.csv`` that users may extend ("chief executive" =
#: "CEO", "President" = "head of state", "Prime Minister" = "premier", "head coach" = "manager"/"boss", "Cabinet
#: Secretary" = "CS"); "head of state" and "head of government" are politicians' descriptions (set 24: "Belarusian
#: President X … the head of state said"). Set 24 speaker accuracy 0.772 → 0.781 (type 0.719 → 0.728); no other set
#: moved; bundled-corpus quotes and cited sources unchanged; no floor raised. Tried and dropped: "the <Capitalised>
#: <title>" as a description ("the Genoa CEO"), which the apposition rule then joined to a name before its comma
#: ("Speaking to Il Secolo XIX, the Genoa CEO said") and which cost set 14 a speaker. Causes left open: "the Genoa
#: CEO" read as a name, "the CS" read as an acronym body, "the company" more than two paragraphs after the company's
#: last mention (Codelco), a role introduced before the name ("The Taoiseach has said … Micheál Martin said").
#: Set 25 (21 passages, 122 quotes, 90 sources; WAFA, Agerpres, Press TV, KBS World, GBC News, H-Metro, The
#: Courier-Mail, ThisDay, Kuensel, Cape Argus, Fiji Sun, The Press, Barbados Today, The Santiago Times, India
#: Today, Quanta Magazine, Foreign Policy, Health Service Journal, Law Society Gazette, Upstream, Wisden) was
#: written by a twenty-first annotator, held out from the round-23 rules and scored once after them. Its own
#: decisions: a named officer speaking for their own body (union secretary, party leader, chief executive)
#: makes the body a source, as sets 8 and 10 do (later sets do not: the main cause of its low source recall);
#: "HSJ can reveal" and "obtained by The Courier-Mail" cite the own outlet, labelled by its full name; a
#: journal something was only submitted to, a sponsor only mentioned and "according to the authors" cite
#: nothing; "Yemeni Armed Forces" and "Sudanese Armed Forces" are government bodies by their names; Hamas
#: speaking is an organisation (sets 2 and 4); judges named by surname only are labelled by the surname.
#: Round 24 (set 25's speaker misses by cause; broad rules only, see the "Round 24" notes of ``analysis/sourcing``):
#: a capitalised role set off after "the" or a possessive before a name in apposition is a description, as it is in
#: lower case, so the name after it speaks, typed by the body ("the Chairman of the X Association, Mr. Y,", "The
#: lender's Group Managing Director, Mrs. Y,"; the run had been read as the speaker); a title that gives a role,
#: capitalised and alone before a speech verb, refers back to the person named with it ("Lyonpo said"). Registry rows
#: (speakers table; widely used titles only): "Madam", "Dasho" (courtesy titles), "MEC" (a South African provincial
#: minister) and "Lyonpo" (a Bhutanese minister) (politicians), "Station Sergeant" (a police rank). Set 25 speaker
#: accuracy 0.796 → 0.852, type 0.759 → 0.769; no other set moved; bundled-corpus quotes and cited sources
#: unchanged. Its source-recall misses from the named-officer convention were left as they are. Causes left open:
#: "the Israeli army claimed … its soldiers" (the army as the speaker), a council's staff ("Council staff had
#: warned" read as the council), "a spokesperson for the firm" after a judge named earlier, a participle's object
#: ("…, telling the court") after a descriptor and a titled name ("Police prosecutor Station Sergeant X"), "the
#: Oslo-listed operator" referring back to a company, verbs "specified", "hailed" and labels after "accused".
#: Sets 26 (24 passages, 154 quotes, 113 sources; KUNA, APP, Belga, Polish Radio, RTHK, an ITV live blog, Sunday
#: World, Townsville Bulletin, Telex, Corriere della Sera, Clarín, Folha, Tempo, Hiiraan Online, Bianet, Detroit Free
#: Press, Cambridge News, Ottawa Citizen, Citi Newsroom, Janes, Pulse, Proactive Investors, The42, NME) and 27 (24
#: passages, 156 quotes, 107 sources; STA, The Star Malaysia, Khaosod, BusinessWorld, The News International, New
#: Age, Daily News Egypt, Moneyweb, Citizen Digital, Buenos Aires Herald, Latin America Reports, LSM, The Slovak
#: Spectator, EUobserver, Ottawa Citizen, The Hill Times, The Walrus, Milwaukee Journal Sentinel, The Arizona
#: Republic, news.com.au, Science News, Frontline, Law.com, Cricbuzz) were written by two more annotators, held out
#: from the round-24 rules and scored once after them. Their own decisions: a named officer speaking for their body
#: makes it a source, as set 25 (not a plain MP's party, an analyst's bank, a lawyer's firm, a researcher's
#: university); an unnamed spokesperson is labelled by the descriptor (set 26 typed by the body); a minister's
#: office statement cites no body; a body both cited and credited gives two pairs; a participle gives its verb
#: ("observing" → observed); a Q&A question quoting the interviewee is his speech.
#: Round 25 (sets 26-27's misses by cause; broad rules only, see the "Round 25" notes of ``analysis/sourcing``).
#: Convention change: an unnamed spokesperson is the speaker, described by the body ("a Red Cross spokesperson" →
#: "International Committee of the Red Cross spokesperson", typed by the body), no longer the body: every
#: independent annotator of sets 5-28 but one labels it so (the bundled corpus has no spokesperson; its labels for
#: the old convention were ours); no label changed in sets 1-27. Rules: "a spokesman for the X" and an unknown name
#: before a spokesperson or official are described the same way; a sentence-opening role noun is cut from a name
#: also before "of" and a body; Laboratory, Centre/Center and Observatory name organisations; an affiliation may run
#: through a possessive ("X of Strathmore University's Centre for … said"); an acronym body among a description's
#: modifiers keeps the role after it ("a senior NATO official" → "NATO official"); a verb after "but" shares its
#: sentence's subject, as after "and"; a middle initial is part of a name ("Ramon L. Dacanay"); two roles before
#: one name are that person ("pianist and composer X"); a capitalised role set off after a name is a description;
#: "(ret.)" after a rank is skipped; a named officer speaking for their body cites it, in apposition ("X,
#: president of the trade union FGTB, told …") or before the name ("UAW Local 235 President X said"), as sets 8,
#: 10 and 25-28 label it (sets 1 and 2 do not: Fauci's NIAID, Lagarde's ECB; set 1's source floor 0.92 → 0.91).
#: Registry rows (speakers table): musicians' roles, research roles, ombudsman. Speaker accuracy rose on 16 sets
#: (set 17 0.827 → 0.866, 22 0.767 → 0.798, 26 0.848 → 0.913, 27 0.777 → 0.865), none fell; cited-source F1 pooled
#: over sets 1-27 0.803 → 0.801 (recall 0.740 → 0.745; precision lost on sets 1-24, the officer convention);
#: bundled-corpus quotes and cited sources unchanged. Causes left open: a first-name reference in sport ("Rakibul"
#: after "Rakibul Hasan Chowdhury"), a hyphenated name after a long capitalised title ("UN Deputy Emergency Relief
#: Coordinator X" → the surname only), "Speaking to The Peninsula, a QMD meteorologist" (the outlet taken as the
#: named person, set 18 lost two), the own outlet by a short name ("the Free Press", "HOL").
#: Set 28 (24 passages, 159 quotes, 128 sources; MSNBC, NewsNation, E&E News, Breaking Defense, MarketWatch,
#: BleepingComputer, Bristol Post, Edinburgh Evening News, Nation.Cymru, Limerick Leader, NME, The Copenhagen
#: Post, Saudi Gazette, Kuwait Times, Citizen Digital, Channels Television, The News International, The Himalayan
#: Times, China Daily, The Chosun Ilbo, news.com.au, Newsroom, Motorsport.com, Chemistry World) was written by
#: another annotator, held out from the round-25 rules and scored once after them. Its annotator followed the old
#: spokesperson convention (the rules' documented one when it was written); its three such labels were relabelled
#: to the round-25 convention ("Avonline Buses spokesperson"), the first run kept as scored: speaker accuracy
#: 0.740 as labelled, 0.760 relabelled. Its own decisions: a named officer makes the body a source (set 25); a
#: workplace alone never; kinds from the text's own words ("the city's largest bus company"); platforms where
#: something was only livestreamed or posted as a notice cite nothing.
#: Round 26 (set 28's misses by cause; broad rules only, see the "Round 26" notes of ``analysis/sourcing``): a
#: person's name after "the <thing> of" is that person ("the Hyundai of Kristian Lehtonen-Berg"); a body's name may
#: list its portfolios with commas ("Ministry of Electricity, Water and Renewable Energy"); a single organisation
#: word after "of" makes no "<person> of <body>" ("Joint Chiefs of Staff"); an acronym that the initials of one
#: body's name of three or more words spell exactly is that body ("the JCS"); an abbreviated role after "the" ("the
#: CS", "the CEO") refers back to its holder through the role synonyms; the article's own outlet is also named by the
#: endings of a name of three or more words ("the Evening News", "the Free Press") and by its initials ("THT"), as
#: sets 26-28 label it (set 14 labels "Daily News" as written: one label lost). Verb rows: promises/promising,
#: pledged/pledges/pledging, termed. Set 28 speaker accuracy 0.760 → 0.818, type 0.669 → 0.701, source F1 0.717 →
#: 0.726; sets 13, 17, 21, 22, 26, 27 gain; bundled-corpus quotes and cited sources unchanged.
#: Set 29 (24 passages, 154 quotes, 110 sources; WRAL, Willamette Week, Saskatoon StarPhoenix, Leicester Mercury,
#: Connacht Tribune, The Baltic Times, Turkish Minute, Tehran Times, an i24NEWS live blog, Gulf Daily News, Business
#: Recorder, Ada Derana, Tuoi Tre News, Thai PBS World, Illawarra Mercury, Cook Islands News, MyJoyOnline, Nile
#: Post, NewsDay, The Royal Gazette, The Grocer, Physics World, Full Fact, Inside the Games) was written by another
#: annotator, held out from the round-26 rules and scored once after them: speaker accuracy 0.855, the first held-out
#: set at the 0.85 aim. Its own decisions: a notice an authority issued is spoken by the authority (verb "read"); a
#: rating given as a plain label is a scare quote; "accused X of treating it as '…'" is the accuser's speech;
#: "Treasury says" and the Ministry of Finance named later are one source; a Facebook post quoted by a fact-check is
#: spoken by "post", the platform a source.
#: Round 27 (set 29's misses; broad rules only): a legal form ends no speaker's name ("Margalla Cement Company
#: Limited" speaks as "Margalla Cement Company", as sets 26 and 29 label it; set 6 kept "Limited" once);
#: "Recorder" (a judge in England and Wales) is a title. Set 29 speaker accuracy 0.855 → 0.876; set 26 gains; set 6
#: loses its "Limited" label.
#: Set 30 (24 passages, 158 quotes, 130 sources; The Bogotá Post, JAPAN Forward, The Dong-A Ilbo, 24.kg, Armenpress,
#: Hespress English, Cayman Compass, La Presse, NRK, Daily News Hungary, Washington Examiner, Dow Jones Newswires,
#: The Lancet World Report, Computer Weekly, Hull Daily Mail, Law&Crime, The Jewish Chronicle, 90min, Club of
#: Mozambique, Geo News, Malay Mail, Shafaq News, The Connexion, Matangi Tonga) was written by another annotator,
#: held out from the round-27 rules and scored once after them. Its own decisions: a body's press service speaking
#: is the body; an unnamed commander's armed group is a source; a court is a source when its own ruling is
#: reported, not when its judge speaks; a weather service's forecast wording is its speech, not a scare quote;
#: "According to her, '…'" takes no verb.
#: Round 28 (set 30's misses; broad rules only): a left single mark between two letters is an ʻokina, in quote
#: spans (it had split three Tongan quotes) and in names ("Sione Tu‘ipulotu-Fifita"); "Hon." and "Honourable" are
#: courtesy titles; trades (jeweller, baker, tailor, mechanic, chef …) are descriptors; a role's portfolio may join
#: its words with "and" before the name in apposition ("The Minister for Lands and Natural Resources, Hon. X,").
#: Set 30 quote F1 0.984 → 0.997, speaker 0.795 → 0.824; set 19 gains; bundled-corpus output unchanged.
#: Set 31 (24 passages, 212 quotes, 105 sources; Trend, Lancashire Telegraph, Evening Express, MaltaToday, a
#: ChronicleLive live blog, The Big Issue, Mother Jones, Fortune, The Daily Beast, Leadership, GMA News, New Straits
#: Times, Deccan Chronicle, The Arab Weekly, Novinite, Luxembourg Times, Dominican Today, Brisbane Times, Vanuatu
#: Daily Post, Las Vegas Review-Journal, Montreal Gazette, ZDNET, Undark, Times Colonist) was written by another
#: annotator to be hard on attribution (long features with alternating speakers, pronoun chains, interviews with
#: quoted questions, court and press-conference exchanges), held out from the round-28 rules and scored once after
#: them. Its own decisions: the writer's own quoted question is spoken by "journalist" (verb "asked"), a named
#: reporter's by "reporter"; uncued questions and answers of a hearing go to the two people in the exchange, with
#: no verb; "The NAO report found '…'" is spoken by the office.
#: Round 29 (set 31's misses; broad rules only): a leading initial after a title keeps its full stop ("Health Minister
#: C. Lakshmi Narayana Goud", "Dr K. Shankar Rao-Varma"); the arts' trades (comedian, actor, novelist, poet …) are
#: descriptors; "Treasurer" is a political title. Set 31 speaker accuracy 0.755 → 0.779, type 0.635 → 0.663; set 28
#: type gains. Causes left open, the set's main ones: a speaker a few paragraphs back in a long feature when another
#: person or outlet is named in between ("told the Guardian"), uncued question-and-answer turns, "the Dons boss".
#: Set 32 (24 passages, 169 quotes, 127 sources; Hina, The Atlanta Journal-Constitution, Edmonton Journal, The Manila
#: Times, Boston Herald, DD News, Nairametrics, El Faro, HuffPost UK, The Des Moines Register, Newcastle Herald,
#: Shropshire Star, The Nassau Guardian, FrontPageAfrica, Israel Hayom, NK News, Ethiopian News Agency, Sixth Tone,
#: Marianas Variety, LBC, Grist, The Portugal News, iTnews, The Defense Post; an ordinary mix of everyday news) was
#: written by another annotator, held out from the round-29 rules and scored once after them; no rule was changed
#: for it. Its own decisions: "A Downing Street source" is "Downing Street source" and cites Downing Street;
#: "inspectors found" is spoken by "inspectors"; "Ofsted rated X 'inadequate'" is Ofsted's speech (verb "rated");
#: a national adjective stays in a body's name, a possessive does not.
#: Round 30 (set 32's misses; broad rules only): a body an acronym only opens is the longer name ending on an
#: organisation word, of the acronym's type ("UN Human Rights Committee", not "United Nations"); a list of
#: portfolios with commas may end on the organisation word ("Philippine Atmospheric, Geophysical and Astronomical
#: Services Administration"). Set 32 speaker accuracy 0.834 → 0.847; set 17 gains; bundled output unchanged.
#: Set 33 (24 passages, 148 quotes, 138 sources; TAP, SANA, AKIpress, GB News, The Sunday Post, Swindon Advertiser,
#: The Kansas City Star, Block Club Chicago, The Chronicle Herald, Loop News, Prensa Libre, Brasil de Fato, Naharnet,
#: Iran International, Duvar English, The Reporter (Ethiopia), ZimLive, New Era, Prothom Alo, EconomyNext, SunStar
#: Cebu, The Mercury, The Next Web, Planet Rugby) was written by another annotator, held out from the round-30 rules
#: and scored once after them. Its own decisions: an unnamed spokesperson is written "<Body> spokesperson" whatever
#: word the text uses (spokeswoman, spokesman; three speaker misses, since the rules keep the text's word and the
#: matching rule compares the head word); a dateline cites the own outlet; "citing two central bank officials" cites
#: the bank. Round 31: a lower-case particle with an apostrophe inside a hyphenated name ("Sollows-d’Entremont").
#: Round 32 (cited-source misses across sets 26-33, the largest group: bodies missing from the registry that speak,
#: "The Edmonton Chamber of Commerce said", "Rugby Australia said"): Chamber, Movement, Party, Society, League and
#: sports' names (Rugby, Football, Cricket …) are organisation words. Cited-source F1 pooled over sets 1-33 0.781 →
#: 0.784 (recall 0.716 → 0.721); sets 5, 12, 13, 15, 22, 23, 25, 26, 28, 29, 32, 33 gain, sets 9, 11, 16, 20 lose one
#: source each; bundled output unchanged.
#: Round 33 (the same misses): airports, airlines, railways, transit, surveys, directorates, secretariats, tribunals,
#: embassies, laboratories, colleges, academies, schools, museums, festivals, clubs, exchanges and boards are
#: organisation words; a company's trade ending its name gives the kind ("Duke Energy", "Velandra Therapeutics"),
#: "Transport for …" and a non-sports "… Board" are state bodies; a possessive owner opening a name is dropped
#: with either apostrophe unless it is part of the name ("People’s Union …", "Ombudsman’s Office"); a title with its
#: portfolio before a name ("Minister of Energy Rauf Alakbarli") is a person. Cited-source F1 pooled over sets
#: 1-33 0.784 → 0.789 (precision 0.858 → 0.861, recall 0.721 → 0.727); bundled output unchanged.
#: Round 34 (speaker misses of sets 26-33): every honour after a title goes, not only the first ("police chief Datuk
#: Seri …"); a courtesy title before an office skips the office and takes its type ("Lord Chief Justice …"); "Care",
#: "Economy", "Science", "Climate" … end a portfolio. Speaker accuracy pooled over sets 1-33 0.8702 → 0.8718 (six
#: quotes; none lost); bundled output unchanged. Indexing every full name's first word for a first-name reference
#: ("Rakibul said") was tried and dropped: bodies' first words ("Chicago", "Texas") became people.
#: Set 34 (24 passages, 152 quotes, 137 sources as written; Manila Bulletin, The Star, The Irish Times, Otago Daily
#: Times, Daily Nation, Punch, News24, PTI, Yonhap, Kyodo, Anadolu, Xinhua, dpa, AFP, AP, Reuters, Farmers Weekly,
#: ABC News, Toronto Star, The Northern Echo, CBC News, The Yorkshire Post, The Arizona Republic, Daily Graphic) was
#: written by another annotator without the code, held out from rounds 33 and 34 and scored once after them: quote F1
#: 1.000, speaker 0.829, type 0.733, verb 0.947, cited sources P 0.673, R 0.496, F1 0.571. Labelling slips fixed
#: after that run, where its labels broke the registries' canonical names that every earlier set uses (no rule
#: changed): X → Twitter (5 labels), Agence France-Presse → AFP, Deutsche Presse-Agentur → dpa, Kyodo News → Kyodo,
#: Xinhua News Agency → Xinhua, Yonhap News Agency → Yonhap, PUNCH → Punch; re-scored: cited sources P 0.802, R
#: 0.591, F1 0.681 (recorded below). Its own decisions: an expert's employer is no source; a minister speaking does
#: not cite the ministry.
#: Round 35 (cited-source misses of sets 26-34): a company's trade before or after a name gives the kind ("drugmaker
#: X", "retailer X"; "central bank" a state body; "operator" was tried and dropped: annotators give state grid and
#: rail operators other kinds); a body's seat may stand between it and its verb ("The National Weather Service in
#: Phoenix said"); a sentence opener or a capitalised descriptor opening the sentence is no part of a name ("But
#: First West Yorkshire", "Carmaker X"); "General" before an organisation word opens a body ("General
#: Administration of Customs"); a portfolio before one place's name is a state body ("Health Canada", "Parks
#: Victoria"), so are embassies, consulates and a "National … Assembly"; Environment Canada is in the registry.
#: Cited-source F1 pooled over sets 1-34 0.784 → 0.787; bundled output unchanged.
#: Set 35 (24 passages, 147 quotes, 125 sources; KARE 11, The Guardian, MailOnline, The Hindu, Dawn, The Daily Star,
#: Daily Mirror (Sri Lanka), The Jakarta Post, Bangkok Post, VnExpress, Gulf News, The Times of Israel, L'Orient
#: Today, The Citizen, Premium Times, The Gleaner, Mexico News Daily, DW, The Kyiv Independent, TechCrunch, ESPN,
#: STAT, Bloomberg, The Atlantic) was written by another annotator without the code (told the registries' canonical
#: names for platforms and agencies), held out from rounds 33-35 and scored once after them (recorded below).
#: Round 36 (speaker misses of sets 34-35): initials written together stay so ("K.V. Suresh Kumar", also opening a
#: sentence: "P.R. Raghavan"; not a place's "U.S."); a role "to" a body before a name ("Counsel to the EFCC, X");
#: "Members of" opening a body's name is none of it. Speaker accuracy pooled over sets 1-35 0.8675 → 0.8687 (five
#: quotes; none lost); bundled output unchanged. Writing every body's spokesman or spokeswoman as its
#: "spokesperson" was tried and dropped: sets 7, 17, 22 and 23 label the text's word.
#: Round 37: a body's description refers back past the two-paragraph window when the story named only one body
#: with its word ("copper company Codelco … [five paragraphs] … the company said"). Speaker accuracy pooled over
#: sets 1-35 0.8687 → 0.8690 (three quotes; none lost); bundled output unchanged (two ministries far back leave "the
#: ministry" open). Taking the nearest body of the description's type over the whole story was tried and dropped
#: (no gain, five quotes moved to wrong bodies).
#: Round 38 (cited-source misses of sets 34-35): "its" right after a name's verb makes it a body ("Magen David Adom
#: says its paramedics"); a compound describing a name is none of it ("Congress-led …", "Pune-based …"); subsidiaries
#: are companies, associations and federations bodies; an acronym may be spelt by a name's words after its first
#: ("Minnesota Department of Natural Resources" for DNR). Cited-source F1 pooled over sets 1-35 0.786 → 0.787
#: (recall 0.725 → 0.727); bundled output unchanged. Giving a short name the one longer name its article cites
#: ("Cedar Mutual") and "<Name> figures show" were tried and dropped (no gain; "The" and "Opinion" became bodies).
#: Round 39 (speaker misses of sets 26-35 given to another named person or body): a full stop glued between two
#: capitalised words ends no sentence ("told Nation.Cymru:"); a short bracket after a name ("Rep. X (R-TX), a …")
#: does not hide the appositive after it, also when a relative clause follows the appositive's role ("a Freedom
#: Caucus member who voted against the bill, said"); "Ma.", "Md.", "Mohd." keep their full stop in a name. Speaker
#: accuracy pooled over sets 1-35 0.8690 → 0.8719 (twelve quotes; none lost); bundled output unchanged.
#: Round 40: the body a name is "of", "at" or "from" does not hide the appositive after it ("Prof. X of Kyoto
#: University, a planetary scientist who …, told"); a role found before an affiliation gives way to the name it is
#: in apposition to. Speaker accuracy pooled over sets 1-35 0.8719 → 0.8732 (five quotes; none lost); bundled
#: output unchanged.
#: Round 41: a description ending in "ss", "us" or "is" is singular ("Dons boss", "witness"), so a standfirst's "boss"
#: is the manager the body names (role synonyms); "judge" has the role synonyms Recorder and magistrate; a standfirst's
#: role is found in a body name's title or apposition, synonyms included. Speaker accuracy pooled over sets 1-35
#: 0.8732 → 0.8739 (three quotes; none lost); bundled output unchanged.
#: Round 42 (speaker misses left empty): a capitalised name no rule took, opening its clause right before a
#: reporting verb, is the speaker ("Stagecoach West said"); organisers and a presidency speak as bodies. Speaker
#: accuracy pooled over sets 1-35 0.8739 → 0.8749 (four quotes; none lost); bundled output unchanged. Keeping a
#: body's description with a capitalised modifier from referring back ("the Tunisian presidency") was tried and
#: dropped ("the Piraeus-based company" is the company named before).
#: Round 43 (verbs the sets' labels use that the verb table lacked): blamed, hailed, branded (loaded), concluded,
#: criticised, thanked. Speaker accuracy pooled over sets 1-35 0.8749 → 0.8761, verb accuracy 0.932 → 0.936;
#: bundled output unchanged. Left out as too often not reporting: "found" (14 labels: "was found dead"), "charged"
#: ("was charged with"), "directed" ("directed by"), "estimates" and "thanks" (nouns).
#: Set 36 (24 passages, 165 quotes, 138 sources; Winnipeg Free Press, Stuff, The Herald, WalesOnline, WBUR, The Post
#: and Courier, POLITICO, Korea JoongAng Daily, The Japan Times, The Express Tribune, The Kathmandu Post, Graphic
#: Online, NewsDay, Moneyweb, Agência Brasil, Buenos Aires Times, Balkan Insight, ERR News, Lloyd's List, UBC News,
#: Exeter City FC, Manchester Evening News, Los Angeles Times, ProPublica) was written by another annotator without
#: the code, held out from rounds 36-43 and scored once after them (recorded below).
#: Round 44: "according to" is a cue, not a verb: its quotes report an empty verb, as 18 of the 21 such labels
#: in sets 1-36 give it (the bundled corpus has one; its verb is now empty); verb accuracy pooled over sets 1-35
#: 0.936 → 0.940.
#: Round 45 (speaker misses of set 36 and the same shapes elsewhere): naval and air-force ranks abbreviated ("Lt. Cdr.",
#: "Wg Cdr", "Sqn Ldr") are titles; a description renamed by a clause ("a tomato vendor …, who identified herself only
#: as Mai Tanaka,"; "who gave his name only as Tunde") is that person, also for a pronoun after it. Speaker accuracy
#: pooled over sets 1-36 0.8749 → 0.8765 (seven quotes; none lost); bundled output unchanged.
#: Round 46 (cited-source misses of set 36): statistics offices and bureaus are state bodies by their description,
#: which may carry modifiers between a name and its verb ("the INDEC national statistics bureau reported"); an
#: officer's title opening a body's name is none of it when what is left is a body ("General Secretary of the Ghana
#: Association of …"); "Photo: <photographer> for <outlet>" credits the outlet. Cited-source F1 pooled over sets
#: 1-36 0.784 → 0.785 (recall 0.721 → 0.723); bundled output unchanged. Citing a court for what it "heard" was
#: tried and dropped (four other sets leave "Liverpool Crown Court heard" uncited).
#: Set 37 (24 passages, 147 quotes, 129 sources; The Michigan Daily, Arkansas Democrat-Gazette, KSL, RCI, ABC News
#: (Australia), The Daily Telegraph (Sydney), The Fiji Times, Onmanorama, The Assam Tribune, The Tribune, Daily Mirror
#: (Sri Lanka), The Edition, Bernama, The Straits Times, Daily Sabah, Tehran Times, Ahram Online, Morocco World News,
#: Daily Monitor, The New Times, Mining Weekly, The Gleaner, Notes from Poland, Law360) was written by another
#: annotator without the code, held out from rounds 36-46 and scored once after them (recorded below): the first
#: held-out set since set 29 with speaker accuracy at the aim (0.874). Its three missed quotes are quotes inside
#: quotes, which it labels apart and the rules keep inside the outer quote.
#: Round 47 (cited-source misses of sets 36-37): "<Name> data/figures/records show" opening a sentence cites the
#: name; "… Emergency Management" and "… Fire and Rescue" are state bodies; "Director" before a name makes a person
#: ("County Emergency Management Director X": the office is cited). Cited-source F1 pooled over sets 1-37 0.782 →
#: 0.784 (seven sources gained, four new false positives); bundled output unchanged.
#: Set 38 (24 passages, 167 quotes, 121 sources; Chicago Tribune, The Seattle Times, Miami Herald, The Denver Post,
#: The Globe and Mail, Connacht Tribune, The Yorkshire Post, RNZ, The Economic Times, Geo News, Philippine Daily
#: Inquirer, ANTARA, South China Morning Post, Focus Taiwan, Khaleej Times, Globes, Business Daily Africa, BusinessDay,
#: Fourways Review, MercoPress, The Parliament Magazine, Breaking Defense, Fierce Healthcare, Tech Policy Press) was
#: written by another annotator without the code, held out from rounds 44-47 and scored once after them (recorded
#: below): speaker accuracy at the aim again (0.862); cited-source recall 0.50, its misses mostly companies, unions
#: and research groups named once before a verb or after a descriptor the rules do not read ("credit bureau X",
#: "venture capital fund X").
#: Round 48 (false sources of set 38 and the same shape in sets 19 and 37): a role "at"/"of" another body in an
#: appositive describes the person, not a body ("Paul Quintal, an analyst at Toronto investment firm X,"); a title's
#: modifier ("Executive Director") and hyphenated titles ("Director-General") are no part of the body before them.
#: Cited-source F1 pooled over sets 1-38 0.779 → 0.780 (six false positives gone, two sources gained); bundled
#: output unchanged.
#: Round 49 (cited-source misses of sets 35-38): a dotted abbreviation or legal form keeps its full stop inside a
#: name ("U.S. Army Corps of Engineers", "S.C. Department of …", "Halvorsen Dynamics Inc. said", "BYD Co., Ltd."),
#: the US's or the UK's army is a state body, and a council's mayor or leader, a civil-defence controller, a
#: manager, superintendent, principal or chancellor speaks for the body named before their title. Cited-source F1
#: pooled over sets 1-38 0.780 → 0.782 (19 sources gained, 6 new false positives, 4 gone); bundled output and
#: speakers unchanged.
#: Set 39 (24 passages, 175 quotes, 138 sources; The Scotsman, WRAL, The Hindu, Stuff, The Star (Kenya), Radio
#: Prague International, WalesOnline, Rappler, The Irish Times, The Sydney Morning Herald, The Korea Herald, The
#: Record, Euronews, Tampa Bay Times, The EastAfrican, Daily Post (Nigeria), The Straits Times, Yonhap, The Guardian
#: (Nigeria), Anadolu Agency, The Local Sweden, The Seattle Times, The Northern Echo, Times of Malta) was written by
#: three more annotators without the code, held out from every round and scored once after round 49 (recorded
#: below, with six labels given the registries' canonical names as every earlier set: PTI → Press Trust of India,
#: AAP → Australian Associated Press, Czech News Agency → ČTK, Anadolu → Anadolu Agency, Bloomberg News →
#: Bloomberg, European Commission → European Union; cited-source F1 0.625 as written): quote F1 1.000, speaker
#: accuracy at the aim (0.850), verb 0.811, cited sources P 0.711, R 0.623, F1 0.664.
#: Round 50 (cited-source misses of set 39 and the same shapes in sets 1-38): "the company"/"the firm" never refers
#: back to a union, agency or other body whose name says it is none; "Daily …" and "… Independent" are news
#: outlets, "Supervisory" and "Inspection" state words, a council of one place's name with a compass word ("North
#: Lanarkshire Council") and a "Greater …  Corporation" state bodies; "St." keeps its full stop in a name; the verb
#: first, then a person and their role "of" a body ("…,' said X, vice-president of the Y Association") cites the
#: body; "<Name> census figures show", and an acronym in brackets before "data show"; "said it had/would/was …"
#: after a name shows a body, as "its" did. Cited-source F1 pooled over sets 1-39 0.7780 → 0.7811 (P 0.850, R
#: 0.723); set 1's floor 0.91 → 0.90: it leaves out the WHO whose director-general speaks ("said Dr Tedros, the
#: director-general of the World Health Organization"), which the rule since round 25 counts. Bundled output and
#: speakers unchanged.
#: Round 51 (cited-source misses after "told" and "according to", sets 1-39): a capitalised "The" after "told"
#: belongs to a title, so the name told is a medium, reported with its "The" ("told The Gleaner", not "told the
#: Security Council"); a one-word brand joining two words told something is a medium ("told KentOnline"); one word
#: standing alone after "according to" that names no person in the article is a body ("according to Kantar").
#: Cited-source F1 pooled over sets 1-39 0.7811 → 0.7831 (14 sources gained, 2 new false positives, 3 gone);
#: bundled output and speakers unchanged.
#: Round 52 (cited-source misses of bodies named with "the" before a verb the rules did not read, sets 1-39): a
#: body of an organisation word or a state body's name acting as a sentence's subject is the source of the news
#: about it ("The Supreme Court on Friday refused …", "The Bank of England held rates …", "The Toronto Police
#: Service has charged …": decisions and actions, :data:`.source_mentions._BODY_ACTION_AFTER`), unless a
#: reporting verb just before makes it someone else's report ("said the Federal Government had approved"); an
#: unknown name that is a registry name gets the registry's name and kind. Cited-source F1 pooled over sets 1-39
#: 0.7831 → 0.7876 (28 sources gained, 3 new false positives); bundled output and speakers unchanged.
#: Round 53: the same for a body named without "the" and holding an organisation word or a name of its kind
#: ("Goldman Sachs Group Inc. raised its forecast", "Rystad Energy expects …"); "declined" (to comment) is no
#: action, nor "plans" for a body without "the" ("Kestrel Co. plans new jobs": the article's news, not its word).
#: Cited-source F1 pooled over sets 1-39 0.7876 → 0.7883 (7 sources gained, 5 new false positives, of them
#: two kind or name variants); bundled output and speakers unchanged.
#: Round 54 (possessives of sets 1-39): a body's possessive before one of its parts or people, opening a clause
#: or an affiliation in a sentence that reports, cites the body ("Bristol City Council's cabinet member for
#: transport, X, said", "X, of Police Scotland's road policing unit, said", "Verdi's lead negotiator X rejected
#: …"); a name without an organisation word or kind of its own only before a part or role no person has (office,
#: unit, spokesperson, negotiator; not director or manager). Cited-source F1 pooled over sets 1-39 0.7883 → 0.7891
#: (9 sources gained, 6 new false positives: kind variants and spokespeople other annotators leave out); bundled
#: output and speakers unchanged.
#: Round 55 (speaker types of sets 1-39 left "unknown" on the right speaker): a named speaker no role typed is a
#: civilian when the article introduces them by an age, a life, a family or a name given for the story ("X, 34,",
#: "X, who lives on a farm", "X, whose brother died", "mum-of-three X", "who gave his name only as X":
#: :mod:`.private_people`), and a body speaking as one (:func:`.source_mentions._speaking_orgs`) takes its kind's
#: type; civilian descriptors added (seller, storm chaser, influencer, footballer, teammate, substitute …).
#: Speaker-type accuracy pooled over sets 1-39 0.7403 → 0.7555, speaker accuracy 0.8751 → 0.8753; bundled output
#: unchanged.
#: Set 40 (24 passages, 181 quotes, 156 sources; The Age, Toronto Star, The Citizen, Malay Mail, Irish Examiner,
#: The Columbian, Balkan Insight, Mexico News Daily, Philippine Star, Kyiv Independent, Nikkei Asia, Edinburgh
#: Evening News, Premium Times, The Denver Post, Gulf News, SBS News, Dawn, The Namibian, Bangkok Post, Liverpool
#: Echo, CBC News, Hong Kong Free Press, El País English, The Hill) was written by three more annotators without
#: the code, held out from every round and scored once after round 57 (recorded below, with two labels given the
#: registries' canonical names: AAP → Australian Associated Press, Sky Sports News → Sky Sports; cited-source F1
#: 0.807 as written): quote F1 1.000, speaker 0.829, type 0.741, verb 0.790, cited sources P 0.888, R 0.763, F1
#: 0.821. The rules of the session's start score it the same but for cited sources (F1 0.815): rounds 49-57 gained
#: little on this unseen set. Sets 39 and 40 give a quote that continues another speaker's quote in the same or the
#: next paragraph the first quote's verb (30 of set 40's 38 verb misses), where earlier sets leave it empty; their
#: verb accuracy is not comparable with the earlier sets'.
#: Round 58 (cited-source misses of set 40 and the same shapes in sets 1-39): "its" after "said in an email/a
#: statement that", or "it had/would …" there for a name that is no one's surname in the article; a date ("on Oct.
#: 14") and an adverb before a body's act; "in" inside a name its own acronym follows ("Board of Control for Cricket
#: in India (BCCI)"); of two person-like names in a credit, the second ("Imran Ali/White Star"); "MEP", "MP", "MSP",
#: "MLA" and "TD" are people's titles. Cited-source F1 pooled over sets 1-40 0.7904 → 0.7924; bundled output and
#: speakers unchanged.
#: Round 59 (speaker misses of set 40): an acronym in capitals is neither a description nor a description's plural
#: ("MANS said" is the watchdog MANS, not "mans"); "Democrat", "Republican" and "Tory" before a name are a
#: politician's titles; "General Manager" is an executive's title, not a general's. Speaker accuracy pooled over
#: sets 1-40 0.8738 → 0.8748, type 0.7558 → 0.7569; bundled output and cited sources unchanged.
#: Round 60 (speaker types of sets 1-40 where a state body's acronym typed its person an organisation's): an
#: acronym in capitals in brackets after a typed body's name of two words or more stands for it also when its
#: letters follow the body's own language ("Judicial Investigation Agency (OIJ)", "Disaster and Emergency
#: Management Presidency (AFAD)"). Speaker accuracy pooled over sets 1-40 0.8748 → 0.8752, type 0.7569 → 0.7596;
#: bundled output and cited sources unchanged.
#: Round 61 (politicians and organisations' people left "unknown", sets 1-40): "Member of Parliament",
#: "parliamentarian", "Assemblyman/-woman" and "Alderman/-woman" are politicians' titles; a role owned by "the
#: <head>'s" before an appositive name is held at the last body whose name holds the head ("The union's chair, X,"
#: after "the Kestrel Nurses Union"), as "Its president, X," is. Speaker-type accuracy pooled over sets 1-40
#: 0.7596 → 0.7600; bundled output unchanged.
#: Round 62 (false sources of sets 1-40): a person after a title ending a name the rules took for a body is no
#: source ("Police Chief X said", "Parliament Speaker X", "Professor X of Y University"; the body before the title,
#: if it is one, stays: "Dublin Chamber Chief Executive X" → Dublin Chamber), and an officer's title before "of"
#: gives the body after it ("Permanent Secretary of the Ministry of Health"); the registry gains the IMF, the
#: World Bank, the WTO, the African Union, ASEAN, the OECD, Interpol, the Asian and African Development Banks,
#: UNESCO, the UNDP, the FAO, the ILO, the WMO, UNRWA and ECOWAS as international organisations. As the labels'
#: rule gives a registry name the registry's kind, six labels of these names written "unknown" (the name was
#: missing from the registry then) now read "international organisation" (sets 13, 14, 21, 27, 29, 30; and the
#: World Bank in the hand batch 3 of test_citations.py). Cited-source F1 pooled over sets 1-40 0.7924 → 0.7955;
#: bundled output and speakers unchanged.
#: Set 41 (24 passages, 196 quotes, 147 sources; The Sydney Morning Herald, The Globe and Mail, Daily Nation, The
#: Straits Times, Cork Evening Echo, Arkansas Democrat-Gazette, Notes from Poland, The Independent, The Japan Times,
#: Africanews, The Guardian, Newsday, Rappler, Channel NewsAsia, The Times of India, Reuters, Deutsche Welle, The
#: Irish Independent, Nairametrics, Cyprus Mail, Stuff, Associated Press, The Scotsman, Al Jazeera English) was
#: written by three more annotators without the code, held out from every round and scored once after round 62
#: (recorded below, with seven labels given the registries' canonical names: AAP, RTÉ News, PAP, Economic Community
#: of West African States, African Union Commission, PTI, DW; cited-source F1 0.728 as written): quote F1 1.000,
#: speaker 0.869, type 0.631, verb 0.740 (42 of its 51 verb misses are continued quotes, as in sets 39-40), cited
#: sources P 0.848, R 0.721, F1 0.779. The rules of the session's start score it 0.864 / 0.602 / 0.751 (speaker /
#: type / cited-source F1; two of the canonical names above are new to the registry in round 62).
#: Round 63 (speaker types of set 41): a named speaker or body no role typed that the sources registry knows, or
#: that speaks as a body, takes its kind's type (a government body's, a medium's, else an organisation's); a reporting
#: verb capitalised inside a sentence is a name's word ("the Economic Community of West African States said" ends in
#: "said", not "States"). Speaker accuracy pooled over sets 1-41 0.8750 → 0.8752, type 0.7554 → 0.7590; bundled
#: output unchanged.
#: Round 64 (cited-source misses of set 41 and the same shapes in sets 1-40): "television station", "TV station",
#: "radio station", "news website" (a medium), "club", "watchdog" and campaign groups as descriptors; "said in a
#: notice/release/advisory (on Tuesday) that it/its"; a spokesperson's portfolio between a body and "spokesman"
#: ("Disy parliamentary spokesman X"; "Opposition", "Deputy", "Shadow", "Government" name no body); a medium's word in
#: a hyphenated credit name is no photographer's ("Arkansas Democrat-Gazette/Dale Whitfield"); "Services" and
#: "Biosecurity" before a place name a state body; the registry gains Reporters Without Borders (not its initials RSF,
#: the Rapid Support Forces'), the Committee to Protect Journalists, Transparency International, Greenpeace, Oxfam,
#: MSF, Save the Children, the IRC, the IOC, FIFA, UEFA, World Athletics and WADA as international organisations (as
#: Amnesty and Human Rights Watch were), and nine registry-relative labels of those names follow ("unknown" →
#: "international organisation"; sets 13, 15, 22, 26, 29, 33, 41); a registry body's act cites it as a body's
#: act does ("FIFA has banned …"; not a medium's, and no longer "agreed"). Cited-source F1 pooled over sets 1-41
#: 0.7949 → 0.7975; bundled output unchanged.
#: Round 65 (image credits of sets 1-41): a rank before a military photographer's name ("Pvt. X/U.S. Army"), a
#: single initial without its stop ("Scott G Winterton-Price"), and a bracketed credit parted by a comma, a pipe or
#: a spaced dash before a medium or body ("(X, Deseret News)", "( X - Anadolu Agency )"; not "(None, Your Honor.)").
#: Cited-source F1 pooled over sets 1-41 0.7975 → 0.7982; bundled output unchanged.
#: Set 42 (24 passages, 179 quotes, 146 sources; The Daily Star, Kathimerini English Edition, The Standard, Bernama,
#: TheJournal.ie, The Oregonian, Brisbane Times, CTV News, The Manila Times, Sky News, The Herald (Zimbabwe),
#: Hindustan Times, Le Monde in English, Houston Chronicle, Kyodo News, Lusaka Times, The Local Italy, ABC News
#: Australia, Premium Times, Taipei Times, The Irish Times, Politico Europe, Arab News, The Boston Globe) was written by
#: three more annotators without the code, held out from every round and scored once after round 65 (recorded below,
#: with five labels given the registries' canonical names: AAP, World Health Organisation, PTI, European Commission,
#: POLITICO; cited-source F1 0.766 as written): quote F1 0.997, speaker 0.935, type 0.755, verb 0.765 (39 of its 42
#: verb misses are continued quotes), cited sources P 0.904, R 0.712, F1 0.797. The rules of the session's start
#: score it 0.929 / 0.697 / 0.740 (speaker / type / cited-source F1).
#: Round 67 (speaker misses of set 42): after the verb, a body (and its acronym) then a role in lower case then a
#: person's name: the person speaks ("said Federation of Kenya Employers (FKE) executive director Daniel Kiprono");
#: a curly closing mark between two letters is an apostrophe ("nor’wester" opened a quote). Speaker accuracy
#: pooled over sets 1-42 0.8770 → 0.8774, quote precision 0.9996 → 0.9998; bundled output unchanged.
#: Round 68 (cited-source misses of set 42): "des", "del", "della", "di", "da", "do", "dos", "das" join a name's
#: words ("Vigili del Fuoco", "Corpo Forestale della Sardegna"); "sought", "formed", "canceled", "deployed",
#: "arrested", "detained", "seized" are bodies' acts; two companies joined by "and" after the first's legal form are
#: two ("Japan Airlines Co. and All Nippon Airways Co."); a bracketed credit parted by a colon ("(ABC News: Tessa
#: Marlow)"), a labelled one by a comma before a medium ("Photo: Lin Pei-chen, Taipei Times"); a given name of two
#: syllables joined in lower case is a person's ("Pei-chen"). Cited-source F1 pooled over sets 1-42 0.7981 → 0.7993;
#: bundled output unchanged.
#: Round 70 (speaker misses of set 39): a single initial before a one-word name is the name's, as two or three
#: were ("S. Kalaiselvi", "N. Arvind"). Speaker accuracy pooled over sets 1-42 0.8774 → 0.8780; bundled output
#: unchanged.
#: Round 71 (speaker misses of set 39): a person, then "of/from/at the" and a body's description in lower case,
#: then the verb: the person speaks ("Rep. Kim Jae-hoon of the ruling party told"). Speaker accuracy pooled over sets
#: 1-42 0.8780 → 0.8784; bundled output unchanged.
#: Round 72 (speaker types of set 42): "General Secretary" and "Secretary General" are office-holders' titles (the
#: body they are held at types them), not a general's. Speaker-type accuracy pooled over sets 1-42 0.7597 → 0.7607;
#: bundled output unchanged.
#: Round 73 (false sources and misses of publications named with "The", sets 1-42): a capital "The" inside a
#: sentence after any cue belongs to a title and stays in the name ("according to The Information", "reported by
#: The Banner"; round 51 did so after "told"), and a name so written that nothing else types is a medium's.
#: Cited-source F1 pooled over sets 1-42 0.7993 → 0.8008; bundled output unchanged.
#: Round 74 (state bodies of sets 1-42): a registry state body whose name says no country ("Defense Ministry", the
#: registry's generic Ministry of Defence) after another country's adjective is that country's body, as written
#: ("The Japanese Defense Ministry said", "Lithuanian Defense Ministry"), unless the registry knows the longer name
#: ("Russian Defence Ministry" → Russian Ministry of Defence). Cited-source F1 pooled over sets 1-42 0.8008 → 0.8023;
#: bundled output unchanged.
#: Round 75 (state bodies of sets 1-42): a body's continuing act ("is appealing for witnesses", "is investigating",
#: "is urging", "is forecasting") and "opened", "begun", "upgraded", "conceded" are bodies' acts; a shouted "THE" opening
#: a body's name goes ("THE Meteorological Service of Jamaica has upgraded …"). Cited-source F1 pooled over sets 1-42
#: 0.8023 → 0.8043; bundled output unchanged.
#: Round 76 (speaker types of court reports, sets 1-42): counsel no role typed take the type of their part —
#: "Prosecuting, X said", "X, prosecuting for the CPS, told the court" a state's, "Defending/Mitigating, X said" a
#: lawyer's (civilian): :func:`.roles.court_role_type`. Speaker-type accuracy pooled over sets 1-42 0.7607 → 0.7639;
#: bundled output unchanged.
#: Round 77: a player's "who scored/finished/missed/captained/plays for" is a private person's life, as "who lives"
#: is. Speaker-type accuracy pooled over sets 1-42 0.7639 → 0.7645; bundled output unchanged.
#: Set 43 (24 passages, 173 quotes, 156 sources; Adelaide Now, Winnipeg Free Press, The Observer (Uganda), The Star
#: (Malaysia), BelfastLive, San Antonio Express-News, Euractiv, The Kathmandu Post, GMA News Online, The Telegraph,
#: Daily Maverick, NDTV, France 24, The Tennessean, Jiji Press, Zambia Daily Mail, Swissinfo, 9News, Vanguard, Korea
#: JoongAng Daily, The Herald (Scotland), Voice of America, The National (UAE), Iowa Capital Dispatch) was written by
#: three more annotators without the code, held out from every round and scored once after round 77 (recorded
#: below, with four labels given the registries' canonical names: European Commission, PTI, AAP, State Department;
#: cited-source F1 0.780 as written): quote F1 1.000, speaker 0.885, type 0.757, verb 0.775 (28 of its 39 verb
#: misses are continued quotes), cited sources P 0.897, R 0.724, F1 0.801. The rules of the session's start score it
#: 0.858 / 0.723 / 0.749 (speaker / type / cited-source F1).
#: Set 44 (24 passages, 181 quotes, 147 sources; The Express Tribune, Otago Daily Times, The Nation (Thailand),
#: Birmingham Mail, Chicago Sun-Times, Graphic Online, RTÉ News, RFE/RL, The Economic Times, The West Australian,
#: Jamaica Gleaner, Manchester Evening News, Miami Herald, The Moscow Times, Capital FM Kenya, AFP, The Jakarta Post,
#: News24, Global News, Evening Standard, Star Tribune, Buenos Aires Times, ABS-CBN News, PA Media) was written by
#: three more annotators without the code, held out from every round and scored once after round 77 (recorded
#: below, with three labels given the registries' canonical names: An Garda Síochána, Sky Sports News, JIJI Press):
#: quote F1 0.994, speaker 0.885, type 0.758, verb 0.772 (32 of its 41 verb misses are continued quotes), cited
#: sources P 0.848, R 0.721, F1 0.779.
#: Round 78 (media told something, sets 1-43): a medium's word counts in any case ("told DAILY POST"), in another
#: language ("Ilbo", "Shimbun", "Diario"), in a call sign ("NTV", "TV2") or beside a hyphen ("Radio-Canada"), and
#: "Television" and "Magazine" are media words; one capitalised word told something that the article names nowhere
#: but after such cues is a medium ("told Perfil"), unless a legislature or a title; a medium found by one word of
#: the own outlet's name is the own outlet ("told the Citizen" in the Ottawa Citizen). Cited-source F1 pooled over
#: sets 1-43 0.8042 → 0.8068 (precision 0.8627 → 0.8629, recall 0.7532 → 0.7575); bundled output unchanged.
#: Round 79 (media of sets 1-44): "a statement/email/letter/message (sent) to" a medium cites it; a name opening or
#: ending with another language's newspaper word is a news outlet ("Noticias …", "… Shimbun"); the registry gains
#: forty national news agencies (Bernama, Antara, VNA, Noticias Argentinas, Télam, Keystone-SDA, Ritzau, NTB, WAM,
#: SANA, KNA, NAN, KCNA, APP, BSS, AKIpress, Trend News Agency …; acronyms that are also words or other bodies',
#: such as CNA, RSS, TAP, MENA, left out); a wire's sign-off line ("-- BERNAMA", "— Reuters") cites the agency and
#: is no image credit. As the labels' rule is registry-relative, twelve labels of these agencies take the
#: registry's name and kind (sets 8, 10, 11, 14, 23, 30, 38, 43, 44: e.g. "ANTARA" → Antara, "KCNA" → Korean
#: Central News Agency, "Keystone-ATS" → Keystone-SDA, Bernama "news outlet" → "news agency"). Cited-source F1
#: pooled over sets 1-44 with those labels 0.8052 → 0.8112 (precision 0.8617 → 0.8665, recall 0.7557 → 0.7625);
#: bundled output unchanged.
#: Round 80 (bodies of sets 1-44): a "which" clause after a name makes it a body's; a body shortened after its full
#: name is reported by the full name ("Mercy Ridge" → "Mercy Ridge Medical Center"); "System" is an organisation word
#: and "governing/peak body" and "lobby group" descriptors; public districts and an emergency, wildfire, ambulance,
#: forest, prison or probation service are state bodies, a union, association or federation none whatever state word
#: it holds; a body "named/identified" someone acts; "announced/declared/imposed by" are cues, and a lone head noun
#: after a cue is no name ("by the Centre"); a place's state body in lower case speaks, acts or is cited ("Rotterdam
#: police said", "the Chiba prefectural government said", "Karnataka labour department"). Cited-source F1 pooled over
#: sets 1-44 0.8112 → 0.8156 (precision 0.8665 → 0.8679, recall 0.7625 → 0.7692); speaker type 0.7641 → 0.7647;
#: bundled output unchanged.
#: Round 81 (documents of sets 1-44): the owner of a document after "according to/based on/citing a <document>
#: <participle> by/from/of/in" ("a survey released Tuesday by Iowa State University", "a tracker maintained by",
#: "a fiscal note from", "an affidavit filed in", "a study from researchers at"), when the name looks like a body's
#: or a brand's or follows "published in" (a journal, which keeps its "The": "The Lancet Oncology"); more document
#: nouns ("a Decision Desk HQ projection"); "X's <document>" cites X ("the Social Welfare Department's InfoBencana
#: portal"); a medium named before "news agency" or "television", an owner's possessive dropped ("Russia's TASS news
#: agency"). Cited-source F1 pooled over sets 1-44 0.8156 → 0.8178 (precision 0.8679 → 0.8684, recall 0.7692 →
#: 0.7727); bundled output unchanged.
#: Round 82 (bodies that speak, sets 1-44): a descriptor opening a clause may follow a possessive owner ("Ukraine's
#: state-owned grid company Ukrenergo said"). Tried and dropped: a name of three words or more speaking through a
#: channel ("said in a statement") as a body unless a title, a pronoun or its last word alone marks a person — it
#: found "Master Builders Queensland" only when the place was not named again, and two-word names ("Ana Varga said
#: in a statement") are as often people's. Cited-source F1 pooled over sets 1-44 0.8178 → 0.8182 (precision 0.8684 →
#: 0.8685, recall 0.7727 → 0.7734); bundled output unchanged.
#: Round 83 (the scorer, no rule): a description's gendered head is the same head as the label's ("Kremlin
#: spokesman" for "Kremlin spokesperson"), as the scorer already took "official" for "spokeswoman"; 30 quotes of sets
#: 1-44 gain, none loses. Speaker accuracy pooled over sets 1-44 0.8788 → 0.8843 (first-run figures above stay as
#: they were scored).
#: Round 84 (speaker types of sets 39-44): a body named right after a role's "of" without "the" is the role's
#: employer — typed by its name, else an organisation when it has three words or more and none of a state's
#: ("president of Bangladesh Garment Sramik Sanghati"; not "president of South Africa"); "who heads the miners'
#: trade union at OKD" (an apostrophe in the words before the body) and "who chairs the forum" (a description) hold
#: a role; descriptions may stand before a body after a role ("an organizer with the rider advocacy group Commuters
#: for Chicago"), and a description types a body no rule types. Speaker type pooled over sets 1-44 0.7647 → 0.7672;
#: bundled output unchanged.
#: Round 85 (sets 1-44): a sentence after another starts at its first word, not at the space before it, so the rules
#: that anchor at a sentence's start apply to every sentence ("… on Wednesday. Local broadcaster KBS reported …");
#: the registry gains European and other international bodies (Eurostat, Europol, Frontex, EMA, EFSA, European
#: Parliament, EIB, EBRD, ECHR, CJEU, Council of Europe, ICJ, UNEP, UNFPA, IFRC, Gavi, Arab League, GCC, EAC,
#: Mercosur, Caricom, Pacific Islands Forum, UNCTAD, BIS, ICAO, IMO, WIPO), and three labels take its names and kinds
#: (sets 30, 37, 39: Gavi "unknown", "United Nations Environment Programme", European Medicines Agency "government
#: body"). Tried and dropped: a lone word after "published by" or "data from" as a body (found "Africa" and "Finma"
#: of unknown kind); "X Court heard" as the court's citation (annotators split four to two against). Cited-source F1
#: pooled over sets 1-44 with those labels 0.8180 → 0.8199 (precision 0.8683 → 0.8693, recall 0.7732 → 0.7758);
#: speaker type 0.7672 → 0.7676; bundled output unchanged.
#: Round 86 (bodies that speak, sets 1-44): a "which" clause between a name and its verb may hold two commas of its
#: own ("Kaduna Electric, which supplies Kaduna, Kebbi and Sokoto, said"), and "one of …" opens an inserted
#: appositive; "… Electric" is a company; "Yonhap News Agency" is an alias of Yonhap (one label of set 39 takes the
#: registry's name). Tried and dropped: a possessive opening an inserted appositive ("X, Spain's maritime rescue
#: service, said") took a widow's words for a court's ("read to the court, Mr Whitfield's widow, … said"); a
#: registry medium's channel named after it as written ("BBC Radio 5 Live", "BBC Look North"): annotators write
#: "BBC" for "BBC Sport" as often. Cited-source F1 pooled over sets 1-44 0.8199 → 0.8205 (precision 0.8693 →
#: 0.8693, recall 0.7758 → 0.7769); speaker type 0.7676 → 0.7681; bundled output unchanged.
#: Round 87 (kinds, sets 1-44): a bank whose name holds no public word (Central, Reserve, National, World,
#: Development, Investment, Federal, People's, Norges) is a company, as the labels have it ("Colne Valley Bank"), and
#: so is "… Power"; the registry gains national state bodies known by acronym (FBI, FEMA, FAA, NTSB, DHS, RCMP, the
#: Metropolitan Police, Ofcom, Ofgem, Ofwat, CMA, FCA, ABS by their names; names that other countries' bodies share,
#: such as "Department of Justice" or "Securities and Exchange Commission", and acronyms that are also other bodies',
#: such as SEC, ICE or ABS, left out). Cited-source F1 pooled over sets 1-44 0.8205 → 0.8219 (precision 0.8693 →
#: 0.8708, recall 0.7769 → 0.7783); bundled output unchanged.
#: Set 45 (24 passages, 188 quotes, 152 sources; The Guardian Australia, Toronto Sun, Punch, The Independent
#: Singapore, Wexford People, The Sacramento Bee, Meduza, The Citizen (Tanzania), The Hindu BusinessLine, NT News,
#: Nation Africa, Bristol Post, Honolulu Civil Beat, Hürriyet Daily News, Taiwan News, dpa, Arab News, Montreal Gazette,
#: New Vision, PA Scotland, The Plain Dealer, Bangkok Post, Eurasianet, Inquirer.net) was written by three more
#: annotators without the code, held out from every round and scored once after round 87 (recorded below, with three
#: labels given the registries' canonical names: AAP twice, PTI): quote F1 1.000, speaker 0.818, type 0.606, verb
#: 0.761 (35 of its 45 verb misses are continued quotes), cited sources P 0.859, R 0.763, F1 0.808. The rules of the
#: session's start (before round 78) score it 0.818 / 0.606 / 0.807 (speaker, with round 83's scorer / type /
#: cited-source F1): rounds 78-87 gained nothing measurable on this unseen set.
#: Round 88 (set 45 and sets 1-44): "after/before/when/since/because/although/though/until/once" open the clause of a
#: body that speaks ("after Northbar Steel Ltd confirmed"); a name of several words with an acronym among them looks
#: like a body's ("Thai PBS"; not "DFR Lt", nor a possessive); "giant" is a company's descriptor ("State oil giant
#: Saudi Aramco"); a body "recommended"; Dutch, Scandinavian, Russian, Turkish, Malay and Italian news words
#: ("RTL Nieuws"); an international body's national branch, a country's word right before or after its name, is
#: reported as written and of kind unknown, as the labels have it ("the Kenya Red Cross", "Amnesty International
#: Nigeria", "Greenpeace Belgium"; not "WHO Director-General", "UN Security Council"). Cited-source F1 pooled over
#: sets 1-45 0.8215 → 0.8233 (precision 0.8704 → 0.8710, recall 0.7778 → 0.7806); bundled output unchanged.
#: Round 89 (speakers of set 45 and sets 1-44): a body's description that no mention resolved ("the company said",
#: "the Union said") speaks for the last body of its kind the article cites before the quote — a company for a
#: company's trade, a body of no known kind for a group, a state body for a ministry, one whose name holds the word
#: when the description is capitalised — unless the article named two bodies with that word ("Northbar Steel Ltd
#: confirmed … 'It was a difficult decision,' the company said"). Speaker accuracy pooled over sets 1-45 0.8823 →
#: 0.8843 (25 quotes gain, one loses: "Chinese foreign ministry" reported as the registry's "Chinese Ministry of
#: Foreign Affairs"); bundled output unchanged.
#: Round 90 (speaker types of set 45): "Police Commander" is a police title and a county's, district's, agricultural,
#: customs, immigration, probation, fisheries, forestry, education, welfare, liaison or information officer an
#: official (alias table), not a soldier; a civil defence or civil protection body is a state body; the registry
#: gains Roscosmos, ISRO, JAXA and CNSA. Speaker type pooled over sets 1-45 0.7634 → 0.7646; cited-source F1 0.8233 →
#: 0.8241; bundled output unchanged.
#: Round 91 (speakers of set 45): a name spoken or written to ("In a statement to the Wexford People, a spokesperson
#: for SETU said") is not described by the description after its comma, as "according to X, a journalist" still is.
#: Speaker accuracy pooled over sets 1-45 0.8845 → 0.8855; bundled output unchanged.
#: Round 92 (speaker types of set 45): "Principal Secretary", "Permanent Secretary" and "Director of Public
#: Prosecutions" are civil servants' titles (alias table). Speaker type pooled over sets 1-45 0.7650 → 0.7652 (three
#: quotes gain, two lose: set 29's annotator calls a permanent secretary a politician); bundled output unchanged.
#: Round 93 (set 45 and sets 1-44): a plural possessive inside a members' body's name is part of it before more heads
#: ("Confederation of German Employers' Associations", "… Supporters' Trust", "… Workers' Movement", "… Forum",
#: "… Network"); a name from elsewhere in the article (an acronym spelled out) takes the curly apostrophe its paragraph
#: uses. Cited-source F1 pooled over sets 1-45 0.8241 → 0.8250 (precision 0.8710 → 0.8720, recall 0.7821 → 0.7829);
#: bundled output unchanged.
#: Round 94 (image credits of sets 1-45): a copyright sign ("© Shutterstock", "(C)Getty Images"), brackets
#: ("[Photo/Xinhua]") and an archive ("Télam archive") are no part of a credited name; "Photo by:", "Pic:" and
#: "Representative image:" are credit labels, and "Archive(s)" a picture agency's word; an agency, company or the own
#: outlet named before "photo" ("(Getty Images photo)", "(AFP file photo)", "Tribune photo", "ST PHOTO: X") or a
#: registry agency after a bullet or a short caption's last full stop ("• Getty Images", "… to the referee. EFE") is
#: credited. Cited-source F1 pooled over sets 1-45 0.8250 → 0.8271 (precision 0.8720 → 0.8726, recall 0.7829 →
#: 0.7861; the own outlet's credits count under its name, which two labels write as "ST" and "Tribune"); bundled
#: output unchanged.
#: Set 46 (24 passages, 169 quotes, 149 sources; The Sun (Nigeria), Irish Mirror, The Canberra Times, Winnipeg Sun,
#: El Universal English, Anchorage Daily News, Yorkshire Evening Post, Xinhua, The Business Standard, Otago Daily
#: Times, Daily Monitor, Leicester Mercury, The Arizona Republic, Việt Nam News, RFI English, Ghana News Agency, Daily
#: Sabah, The Tribune (India), Kenya News Agency, The Journal (Newcastle), Vancouver Sun, Jakarta Globe, The Malta
#: Independent, KFF Health News) was written by three more annotators without the code, held out from every round and
#: scored once after round 94 (recorded below, with three labels given the registries' canonical names: An Garda
#: Síochána, VNA, PTI): quote F1 1.000, speaker 0.850, type 0.714, verb 0.805 (26 of its 33 verb misses are
#: continued quotes), cited sources P 0.854, R 0.785, F1 0.818. The rules of the session's start (before round 78)
#: score it 0.850 / 0.714 / 0.784 (P 0.828, R 0.745): rounds 78-94 carried to this unseen set for cited sources
#: (+0.034), not for speakers.
#: Labels (no rule changed): five labels that write a registry outlet with "The" before a name the registry lists
#: without it take the registry's name, as the labels' rule is registry-relative ("The Kyiv Independent", "The Times
#: of India", "The Moscow Times", "The PUNCH", "The Wall Street Journal"; sets 35, 41, 44, 45, 46). "The Daily
#: Telegraph" (Sydney) and "The Observer" (Uganda) stay as written: the registry's names of those words are other
#: outlets'.
#: Round 95 (set 46 and sets 1-45): state troopers, a highway or state patrol and a health region are state bodies;
#: Spanish "y" joins a name ("Caminos y Puentes Federales"); a body "attributed" something; a one-word short name of
#: a body is reported by the full name the article gave it before ("Harlow" after "Harlow Therapeutics"), a legal
#: form written with a full stop keeping it ("Konekta Mobile Inc."; "Ltd." may end the sentence); three initials or
#: more, or a one-word brand, before "Photo" credit an agency the registry does not know ("(IHA Photo)", "(Beritasatu
#: Photo/X)"; two letters stay another outlet's, as round 7 has it). Cited-source F1 pooled over sets 1-46 0.8277
#: → 0.8297 (precision 0.8730 → 0.8743, recall 0.7869 → 0.7894); speaker type 0.7639 → 0.7641; bundled output
#: unchanged.
#: Round 96 (media of sets 1-46): a medium named by a lower-case or numbered brand is told something, heard on or
#: reporting ("told 1News", "told i24NEWS", "said on talkSPORT", "90min understands", "told news.com.au"). Cited-source
#: F1 pooled over sets 1-46 0.8297 → 0.8310 (precision 0.8743 → 0.8746, recall 0.7894 → 0.7915); bundled output
#: unchanged.
#: Round 97 (media of sets 1-46): a registry medium before "poll/survey/tally/count/calculation" is cited ("in a
#: Reuters poll"); an acronym with a hyphen in brackets stands between a name and its verb ("(ANA-MPA) reported");
#: an owner's possessive may stand between a cue and a name ("according to China's official Xinhua"). Cited-source F1
#: pooled over sets 1-46 0.8310 → 0.8317 (precision 0.8746 → 0.8749, recall 0.7915 → 0.7926); bundled output
#: unchanged.
#: Round 98 (officers of sets 1-46): the role first, then the body and the person set off by commas ("The chairperson
#: of the Kasighau Artisanal Miners Cooperative, Mwakio Mghendi, said"); administrators, registrars, treasurers and
#: rectors hold roles at bodies. Cited-source F1 pooled over sets 1-46 0.8317 → 0.8320 (five labels gained, four more
#: found that the labels leave out, such as FEMA for its administrator's words); bundled output unchanged.
#: Round 99 (documents of sets 1-46): a document's owner with words between ("a survey of 2,100 GPs by", "surveys run
#: by"); audits, results, records, measurements, calculations and research "from/by" a body; "as measured by"; a title
#: inside a body's name after "of" is no person's ("Royal College of General Practitioners"); a geological survey is a
#: state body. "A review/inquiry/investigation by" stays out (a merger "faces a review by" a regulator that has said
#: nothing). Cited-source F1 pooled over sets 1-46 0.8320 → 0.8332 (precision 0.8743 → 0.8744, recall 0.7936 →
#: 0.7957); bundled output unchanged.
#: Set 47 (24 passages, 186 quotes, 142 sources; Pittsburgh Post-Gazette, Nottingham Post, NewZimbabwe, The Nation
#: (Pakistan), Georgia Today, Orlando Sentinel, Express & Star, BSS, The Irish Sun, The Point, Taranaki Daily News,
#: Daily Mirror (Sri Lanka), Arab Times, The Baltimore Sun, CP24, Agenzia Nova, Eswatini Observer, Guam Daily Post, The
#: Roanoke Times, Wiltshire Times, The Statesman, Liberian Observer, Inverness Courier, WAM) was written by three more
#: annotators without the code, held out from every round and scored once after round 99 (recorded below, with five
#: labels given the registries' canonical names: APP, BSS, An Garda Síochána, PTI, WAM): quote F1 0.997, speaker
#: 0.875, type 0.762, verb 0.817 (most verb misses are continued quotes), cited sources P 0.844, R 0.761, F1 0.800.
#: The rules of the session's start (round 98) score it the same on every figure: round 99 found nothing in it.
#: Round 100 (lists and owners of sets 1-47): the names a list joins to a cited one share its cue ("according to
#: Reuters, AFP and the BBC", "The World Bank and the IMF said"); a think tank is no company (every label calls one
#: "unknown"); a state body's owner in the possessive may open its clause ("The Kurdistan Region's Ministry of …
#: said"), and "the district's X" is a government body; "Ministry of …" opening a clause is no descriptor; a division,
#: a city hall and an Australian state's or Canadian province's "… Health" are state bodies; a name of the person
#: index inside a longer typed body's name is no person there. Pooled over sets 1-47: cited-source F1 0.8322 → 0.8343
#: (precision 0.8735 → 0.8741, recall 0.7947 → 0.7979), speaker 0.8844 → 0.8862, type 0.7640 → 0.7657; bundled
#: output unchanged.
#: Round 101 (bodies without organisation words, sets 1-47): a multi-word name that says something in a statement
#: speaks as a body ("Master Builders Queensland said in a statement", "In a statement, Ngāti Ruanui said"), unless it
#: speaks in the first person singular, a word of it or the head of its appositive is a person's title or role, or
#: the article refers back to it by its last word alone with a verb or a title ("Pelletier added"); a common noun
#: phrase opens a body's clause ("Rail operator SNCB said", "Landlords' association X said"), never a person's role
#: ("Climate scientist X of Y said"); a shortened multi-word name takes the legal form the article gives it in full
#: ("Chesapeake Corrugated" → "Chesapeake Corrugated Products LLC"); "FC" and "AFC" are organisation words; a
#: Canadian federal department's applied title is a state body ("Fisheries and Oceans Canada"); a plural acronym
#: ("MPs") is people. Pooled over sets 1-47: cited-source F1 0.8343 → 0.8370 (precision 0.8741 → 0.8746, recall
#: 0.7979 → 0.8025), speaker 0.8862 → 0.8867, type 0.7657 → 0.7682; bundled output unchanged.
#: Set 48 (24 passages, 174 quotes, 143 sources; Tulsa World, Lincolnshire Live, Sierra Leone Telegraph, The Pioneer,
#: Prishtina Insight, Ghanaian Times, PerthNow, KPL, The Province, Derby Telegraph, The Zimbabwe Independent, BNA,
#: Antigua Observer, Greek Reporter, The Financial Express, FijiVillage, Albuquerque Journal, News Letter, Windhoek
#: Observer, Azernews, Borneo Bulletin, Times of Oman, Dunya News, QNA) was written by three more annotators without
#: the code, held out from every round and scored once after round 101 (recorded below, with five labels given the
#: registries' canonical names: NHS, Press Trust of India, Environment and Climate Change Canada, Bangladesh Sangbad
#: Sangstha, Azertag): quote F1 1.000, speaker 0.820, type 0.727, verb 0.776 (most verb misses are continued quotes
#: and "told" after a quote), cited sources P 0.889, R 0.839, F1 0.863. The rules of the session's start (round 99)
#: give it the same rows: rounds 100 and 101 found nothing in it. Its misses: own outlets named otherwise ("News
#: Letter", "Fijivillage News", "Zimbabwe Independent"), "The Record" reported as "Record", a person's title left on a
#: body ("Department of Domestic Trade Mr Khamphone Sisavath"), a commission of inquiry's long name, companies with no
#: organisation word ("Red River Air", "Kosnet Telecom").
#: Round 102 (speakers of sets 1-48): the alias table's descriptive aliases ("the president", "Ukraine's president")
#: name its person only in an article that names them (a students' union's president in Accra is no Zelensky); a
#: plural possessive stays inside a body's name on the speakers' side too ("National Farmers' Union", "Manchester
#: United Supporters' Trust", not "Union" or "National Farmers"). Pooled over sets 1-48: speaker 0.8851 → 0.8862,
#: type 0.7672 → 0.7685; set 48 speaker 0.820 → 0.840; cited sources and bundled output unchanged.
#: Round 103 (companies speaking, sets 1-48): a company speaker keeps the legal form the article writes, a dotted one
#: with its full stop ("Ozark Aggregates LLC", "Konekta Mobile Inc."), as the labels do for 25 of the 41 such
#: speakers (the cited-source side already did). Pooled over sets 1-48: speaker 0.8862 → 0.8879; bundled output
#: unchanged.
#: Set 49 (24 passages, 169 quotes, 150 sources; The Press Democrat, Hampshire Chronicle, Nigerian Tribune,
#: BusinessMirror, Daily News (Tanzania), AIP, Queensland Times, RNZ Pacific, The Salt Lake Tribune, Bournemouth Echo,
#: The Tribune (Bahamas), Vietnam Investment Review, Sunday Mail, MENA, The Examiner, In-Cyprus, The Fresno Bee,
#: Grimsby Telegraph, Uganda Radio Network, Gulf Today, Republica, Daily FT, Trinidad Guardian, APA News) was written
#: by three more annotators without the code, held out from every round and scored once after round 103 (recorded
#: below, two labels given the registry's canonical name, Australian Associated Press): quote F1 1.000, speaker 0.888,
#: type 0.720, verb 0.775, cited sources P 0.828, R 0.707, F1 0.763. The rules of the session's start (round 99) give
#: speaker 0.874, type 0.706 and the same sources. Its misses: own outlets and wires typed as outlets or unknown
#: ("Agence Ivoirienne de Presse", "APA", "MENA", "URN"), a council whose place has two compass words ("North East
#: Lincolnshire Council"), bodies in their own language ("Bangko Sentral ng Pilipinas", "Energie du Mali"), a
#: state body given with its place before it ("Utah Division of Water Rights" reported without "Utah").
#: Round 104 (set 49's misses, checked on sets 1-49): "General" opens a body's name that has an organisation word
#: ("General Statistics Office"; "General Staff" alone still has no owner); a council of a place with two compass
#: words and a Vietnamese or Chinese "People's Committee" are state bodies; a "whose" clause may stand between a body
#: and its verb; a governor speaks for the body named before the title ("Central Bank of Sri Lanka (CBSL) Deputy
#: Governor X said"); "Agence … de Presse" and its like are news agencies. A medium datelining its own report
#: ("Bamako (APA) –") was tried as a news agency and dropped: the labels call four such media outlets and five
#: agencies. Pooled over sets 1-49: cited-source F1 0.8357 → 0.8365 (precision 0.8738 → 0.8743, recall 0.8008 →
#: 0.8019); speakers and bundled output unchanged.
#: Round 105 (names found shorter than labelled, sets 1-49): a plural possessive may end a name's first word
#: ("Teachers’ Union of Ireland", no more "Union of Ireland"); a medium's title keeps its "The" after a descriptor ("the
#: cybersecurity news site The Record"); a body and its officer may open a clause after a closing quote mark ("“…,”
#: Queensland Nurses and Midwives’ Union secretary X said", no more "Midwives’ Union"). Pooled over sets 1-49:
#: cited-source F1 0.8365 → 0.8373 (precision 0.8743 → 0.8736, recall 0.8019 → 0.8039); speakers and bundled output
#: unchanged. Left alone: a country's possessive that the labels turn into a demonym ("Qatar's Foreign Ministry" →
#: "Qatari Foreign Ministry") would need a table of demonyms.
#: Set 50 (24 passages, 175 quotes, 153 sources; The Virginian-Pilot, Plymouth Herald, The Ghanaian Chronicle, PIA,
#: Lusaka Voice, ONA, Cairns Post, Dominica News Online, The Oklahoman, Coventry Telegraph, Malawi24, Kabar, Coconuts
#: Bali, The National (PNG), Petra, Barbados Advocate, The Spokesman-Review, Teesside Live, Lesotho Times, Newsfirst,
#: Asia-Plus, Seychelles News Agency, Guyana Chronicle, Bendigo Advertiser) was written by three more annotators
#: without the code, held out from every round and scored once after round 105 (recorded below, one label given the
#: registry's canonical name, FBI): quote F1 1.000, speaker 0.830, type 0.699, verb 0.800, cited sources P 0.881,
#: R 0.771, F1 0.822. The rules of the session's start (round 99) score it speaker 0.824, type 0.699, cited sources
#: P 0.871, R 0.752, F1 0.807: rounds 100-105 gained 0.015 of cited-source F1 on unseen text. Its misses: a role noun
#: opening a sentence kept in a name ("Angler Craig Dobson"), an acronym reported where the article gives the full
#: name later ("UNICEF"), a name listing three parts with commas ("Department of Higher Education, Research, Science
#: and Technology"), a preposition opening a sentence kept in a name ("Under Department of Health and Social Care").
#: Verbs (sets 1-50): a quote that goes on from an earlier one by the same speaker has no verb of its own here; the
#: labels give the earlier verb 288 times and none 423 times, so the rules keep none.
#: Round 106 (set 50's misses, checked on sets 1-50): a name may list three or more parts with commas ("Department of
#: Higher Education, Research, Science and Technology", "Ministry of Science, Technology, Knowledge and Innovation");
#: a preposition opening the sentence is no part of a name ("Under Department of Health and Social Care guidance",
#: also when "DHSC" is spelled out from it). Pooled over sets 1-50: cited-source F1 0.8369 → 0.8375; speakers and
#: bundled output unchanged.
#: Round 107 (kinds of bodies found but typed "unknown", sets 1-50): central banks named in their own language ("Banco
#: Central de Bolivia"), US commands, the National Guard, the Joint Chiefs of Staff, disaster management bodies,
#: emergency operations and forecasting centres, councils of two places joined ("Telford & Wrekin Council"), a
#: statistics office's short name ("Stats NZ"), a national programme ("National Malaria Control Programme") and a
#: public "… Service" (not a news, press, wire, parcel or courier service) are state bodies. Pooled over sets 1-50:
#: cited-source F1 0.8375 → 0.8418 (precision 0.8744 → 0.8789, recall 0.8035 → 0.8077), speaker type 0.7662 →
#: 0.7664; bundled output unchanged.
#: Round 108 (kinds, sets 1-50): a name opening with International, World, UN, United Nations, Pan American, African
#: Union or European Union whose head is an organisation, council, committee, agency, centre, mission, community,
#: programme, bank, court, commission, office, authority or union is an international organisation (not a federation,
#: society, institute or fund: sports bodies and charities take those); Bulletin, Echo, Argus, Mirror, Observer,
#: Standard, Globe, Sun, Star, Weekly and Mail end newspapers' names; "Channel 12 News" keeps its "News". Pooled over
#: sets 1-50: cited-source F1 0.8418 → 0.8442 (precision 0.8789 → 0.8813, recall 0.8077 → 0.8102); speakers and
#: bundled output unchanged.
#: Round 109 (sets 1-50): up to five words may describe a name between a cue and its descriptor ("according to Swiss
#: air quality technology company IQAir"); an appositive descriptor after a name a cue names makes it a body ("Data
#: from Sensor Tower, an app-analytics firm, show"), its own kind first; "blamed" is a citing verb. A one-word name
#: after a common noun phrase opening its clause ("Frankfurt airport operator Fraport said") was tried and dropped:
#: ten surnames and words for one body. Pooled over sets 1-50: cited-source F1 0.8442 → 0.8451 (recall 0.8102 →
#: 0.8116); speakers and bundled output unchanged.
#: Round 110 (sets 1-50): a masthead of two or three words opening in capitals that is told something is a medium
#: ("told EL PAÍS", "told ABC Rural", "told RNZ Pacific"; not a place's acronym: "told UN Secretary-General X").
#: Pooled over sets 1-50: cited-source F1 0.8451 → 0.8456 (recall 0.8116 → 0.8124); speakers and bundled output
#: unchanged. Over the session (rounds 100-110, the rules of its start run again on sets 1-50): cited-source F1
#: 0.8305 → 0.8456 (precision 0.8727 → 0.8816, recall 0.7922 → 0.8124), speaker 0.8812 → 0.8866, type 0.7603 →
#: 0.7664; on the sets held out while the rules changed (47-50) see their first runs above.
#: Set 51 (24 passages, 180 quotes, 164 sources; The Charlotte Observer, Stoke Sentinel, Botswana Guardian, SunStar
#: Davao, Cameroon Tribune, The Frontier Post, Kaniva Tonga, Searchlight, The Courier-Journal, Lancashire Post, The
#: Mast, KT Press, CamboJA News, UB Post, Sun Online, Amandala, Honolulu Star-Advertiser, South Wales Argus,
#: Informanté, AIM, Bali Sun, news.am, Marshall Islands Journal, Lovin Malta) was written by three more annotators
#: without the code, held out from every round and scored once after round 110 (recorded below, two labels given the
#: registries' canonical names: Associated Press of Pakistan, World Health Organization): quote F1 1.000, speaker
#: 0.891, type 0.744, verb 0.744, cited sources P 0.872, R 0.787, F1 0.827. It first stopped cited_sources with a
#: KeyError (a descriptor in capitals, "TV station"; fixed before scoring, no rule changed); the rules of the
#: session's start with that fix alone score it speaker 0.878, type 0.731, cited sources P 0.856, R 0.762, F1 0.806.
#: Its misses: own outlets and wires by other names ("AIM" in the Agência de Informação de Moçambique), "Which?",
#: a person's name and affiliation kept together ("Edith Haufiku of the Shack Dwellers Federation of Namibia"), an
#: acronym reported where the article names the body in full ("UKHSA", "ATF").
#: Round 111 (sets 1-51): more of a body's acts make it the subject of its own news ("The World Health Organisation
#: has shipped …", "The Ministry of Commerce … has capped …", "halted", "extended", "proposed", "released"); a rate
#: "cut", a bill "passed" and a delivery were tried and left out (three bodies the labels do not cite). Pooled over
#: sets 1-51: cited-source F1 0.8450 → 0.8457 (recall 0.8116 → 0.8129); speakers and bundled output unchanged.
#: Set 52 (24 passages, 225 quotes, 174 sources; Tonga Daily News, Bismarck Tribune, Akron Beacon Journal, Billings
#: Gazette, Daily News Tanzania, Argus Leader, Wichita Eagle, Coconet, Shillong Times, Juneau Empire, Moldova IPN,
#: Saigon Times, Bhutan Observer, Laotian Times, St Helena Independent, Times of Central Asia, Connexion France,
#: Toledo Blade, Leadership Nigeria, Shetland Times, BusinessDay Nigeria, Colombo Gazette, Ekathimerini, Halifax
#: Chronicle Herald) was written by three more annotators without the code, held out from every round and scored
#: once after round 111 (recorded below; one label given the registry's canonical name: Russian Ministry of Foreign
#: Affairs): quote F1 0.993, speaker 0.759, type 0.698, verb 0.821, cited sources P 0.760, R 0.655, F1 0.704; the
#: rules of the session's start score it speaker 0.759, type 0.698, cited sources P 0.764, R 0.649, F1 0.702. Its
#: misses: a straight apostrophe as a glottal stop inside a place's name opened a quote ("NUKU'ALOFA", "Ha'apai";
#: fixed in :mod:`analysis.quotespans`: quote F1 1.000, speaker 0.775), honorifics kept in names ("Comrade",
#: "Aum"), broadcasters' call signs and "… Broadcasting Corporation" typed as no medium, a possessive opening a
#: union's name cut off ("Inlandboatmen's Union of the Pacific"), the own outlet by a short name ("The Eagle",
#: "BusinessDay", "IPN").
#: Round 112 (set 52's misses, checked on sets 1-52): a North American call sign ("KWCH", "WKYC") that reports or is
#: told something is a news outlet (not when it only speaks: "KPMG said"); a name with "Broadcasting" before a head
#: such as Corporation, Service or System is a broadcaster ("Tanzania Broadcasting Corporation"), not a regulator's
#: "Broadcasting Authority"; "Comrade", "Barr.", "Aum" and "Ashi" are honorifics. Pooled over sets 1-52: cited-source
#: F1 0.8415 → 0.8423; speaker 0.8834 → 0.8840; bundled output unchanged.
#: Round 113 (set 52's speakers, checked on sets 1-52): a person framed by a sentence-opening preposition may be
#: described before the name ("For Apia taxi driver Faleolo Tuimavave, …"); Observer, Gazette, Chronicle, Bulletin,
#: Courier, Examiner, Inquirer, Dispatch, Gleaner, Echo, Argus and Advertiser make a name a medium's on the speakers'
#: side too, so "he" never goes back to it. Pooled over sets 1-52: speaker 0.8840 → 0.8845, type 0.7636 → 0.7641;
#: cited sources and bundled output unchanged.
#: Round 114 (set 52's speakers, checked on sets 1-52): an apostrophe, straight or curly, between lower-case letters
#: inside a name is an ʻokina when two letters or more follow that make no contraction ("Lemalu Sione Fa’alogo", not
#: "Lemalu Sione Fa"). Pooled over sets 1-52: speaker 0.8845 → 0.8846; cited sources and bundled output unchanged.
#: Round 115 (sets 1-52): an undersecretary and a public relations, press, information or communications officer
#: speak for the body they hold the role at. A role only a body has (president, chief executive, spokesperson …)
#: naming a body of no organisation word ("president of North Dakota United") was tried and dropped: one body the
#: labels leave out, none they cite. Pooled over sets 1-52: cited-source F1 0.8423 → 0.8425; speakers and bundled
#: output unchanged.
#: Round 116 (speakers, sets 1-52): headteachers, organisers and anglers are described people, so the word opening a
#: sentence before a name is no part of it ("Headteacher Claire Ashworth-Bell", "Angler Craig Dobson"); MLC, MPA,
#: MNA, MHA, MK and MPP are legislators' titles ("Greens MLC Tessa Mullaly"). Pooled over sets 1-52: speaker 0.8846
#: → 0.8870, type 0.7641 → 0.7660; cited sources and bundled output unchanged.
#: Round 117 (speakers, sets 1-52): in one capitalised run, a person's name of two to four words right after a body's
#: name ending in its head noun (Department, Ministry, Committee, Council, Commission, Agency, Authority, Office,
#: Association, Corporation, Institute, Bureau, Directorate, Secretariat, Board) is the person ("Director of the
#: Kuwait Meteorological Department Dhari Al-Shammari said", "People's Committee Trần Quốc Hưng"); "Union" was tried
#: and left out ("European Union Election Observation Mission"). Pooled over sets 1-52: speaker 0.8870 → 0.8876;
#: cited sources and bundled output unchanged.
#: Round 118 (set 52's misses, checked on sets 1-52): the city after an embassy, a high commission or a consulate is
#: part of its name ("Russian Embassy in Athens"; the labels write it so three times of four, and the hand test of
#: round 58 now expects it too); a minister's, president's or premier's office is a body ("Prime Minister's
#: Office"); "&" ends a list of parts inside a name as "and" does ("Fish, Wildlife & Parks"). Pooled over sets 1-52:
#: cited-source F1 0.8425 → 0.8429; speakers and bundled output unchanged.
#: Round 119 (set 52's kinds, checked on sets 1-52): "Legislative" and "Coastguard" make a name a state body's
#: ("North Dakota Legislative Council", "HM Coastguard"). Pooled over sets 1-52: cited-source F1 0.8429 → 0.8432;
#: bundled output unchanged.
#: Round 120 (set 52's misses, checked on sets 1-52): a registry masthead found by the bare word of its "The …" name
#: right after another capitalised word is another paper ("the Vientiane Times", "the Samoa Observer", "Missouri
#: Independent" are not The Times, The Guardian, The Independent); "<wire> contributed to this report" cites it;
#: "speaking on" or "appearing on" a medium cites it ("Speaking on state broadcaster ERT"); a reporter who
#: "contributed to this story" cites no one. Pooled over sets 1-52: cited-source F1 0.8432 → 0.8440 (recall 0.8100
#: → 0.8111); speakers and bundled output unchanged.
#: Round 121 (speakers, sets 1-52): a description followed by "of", "in", "from" or "near" and a name (also after a
#: "who" clause) is the speaker, not the place it names ("One resident of Smorrall Lane wrote", "one office worker who
#: commutes daily from Thu Duc told", "said one mother in Ha Abia"). Pooled over sets 1-52: speaker 0.8876 → 0.8883,
#: type 0.7664 → 0.7670; cited sources and bundled output unchanged.
#: Round 122 (speakers, sets 1-52): the words of a statement, letter, notice, release, filing or memo are its issuer's,
#: the last named person or body quoted before it in the paragraph or the two before ("'…,' the statement added"
#: after "ASP Yusuf Adamu-Bello … in a statement"); with none, the document stays the speaker. Pooled over sets 1-52:
#: speaker 0.8883 → 0.8888. In the bundled corpus one quote moves from "statement" to Ukraine's Special Operations
#: Forces, whose warning the same paragraph quotes first.
#: Set 53 (24 passages, 228 quotes, 169 sources; Sunderland Echo, Quad-City Times, Maldives Independent, Sunday
#: Standard Botswana, Belsat, Madagascar Tribune, Palm Beach Post, Santa Fe New Mexican, Bay of Plenty Times, Nicaragua
#: Today, The Daily Star Lebanon, Interpressnews, Falkland Islands Penguin News, Tunisie Numerique, Providence Journal,
#: Pajhwok, The Olive Press, Pensacola News Journal, Papua New Guinea National, Newslaundry, The Kabul Times, Comoros
#: Infos, Richmond Times-Dispatch, Southland Times) was written by three more annotators without the code, held out
#: from every round and scored once after round 122 (recorded below; one label given the registry's canonical name:
#: IRNA): quote F1 1.000, speaker 0.870, type 0.681, verb 0.794, cited sources P 0.807, R 0.669, F1 0.731; the rules
#: of the session's start score it speaker 0.870, type 0.681, cited sources P 0.804, R 0.657, F1 0.723. Its misses:
#: bodies named in French or Spanish ("Direction Générale de la Météorologie", "Junta de Andalucia"), a central bank
#: named "Bank of <country>", a national army typed "unknown", own outlets and agencies by short or long names
#: ("Penguin News", "Interpressnews" as an agency), a place's name before a body's ("Faryab Department of …").
#: Round 123 (set 53's misses, checked on sets 1-53): a body standing in apposition to a descriptor ("The national
#: carrier, Madagasikara Airways, said") or written with its legal form ("The ship's owners, Meridian Tankers Pte Ltd,
#: told Reuters") speaks through the verb after it (not any name between commas: titles, people and bill numbers
#: stood there); two newspaper words joined by a hyphen are a masthead ("Post-Courier"); a name opening with "TV" or
#: "Radio" is a medium's ("TV Pirveli", "Radio Tonga"); "As" opening a sentence is no part of a name. Pooled over sets
#: 1-53: cited-source F1 0.8409 → 0.8418 (recall 0.8070 → 0.8083); speakers and bundled output unchanged.
#: Round 124 (set 53's misses, checked on sets 1-53): a body that "asked" or "placed" something acts as the subject of
#: its own news; a name with "Public Works" is a state body's ("Davenport Public Works"). Pooled over sets 1-53:
#: cited-source F1 0.8418 → 0.8421 (recall 0.8083 → 0.8090); speakers and bundled output unchanged.
#: Round 125 (set 53's speakers, checked on sets 1-53): "not to be named" or "not be identified" introduces no name, so
#: a speaker's "who" clause holding it is skipped as any other ("Another analyst, who asked not to be named because
#: his firm advises government, said": the analyst, not "firm advises government"). Pooled over sets 1-53: speaker
#: 0.8882 → 0.8886; cited sources and bundled output unchanged.
#: Round 126 (set 53's speakers, checked on sets 1-53): a person's name of two words or more right after a state
#: body's description is a person, not that body's name ("Spokesman of the ministry Hafizullah Saqib", which came out
#: as "Hafizullah Saqib spokesman"); a name with an acronym stays the body's ("the agency Tourism NT"). Pooled over
#: sets 1-53: speaker 0.8886 → 0.8889; cited sources and bundled output unchanged.
#: Set 54 (24 passages, 220 quotes, 158 sources; Island Times, Clarion Ledger, Syracuse Post-Standard, Moncton Times &
#: Transcript, Amwaj, Buffalo News, Burlington Free Press, New Age, Omaha World-Herald, Gisborne Herald, Pakistan Today,
#: Bangor Daily News, North Africa Post, New Indian Express, Lexington Herald-Leader, Asbury Park Press, The Morning,
#: Corpus Christi Caller-Times, Guernsey Press, Border Mail, Muscat Daily, Asbarez, Eritrea Profile, Nauru Bulletin)
#: was written by three more annotators without the code, held out from every round and scored once after round 126
#: (recorded below; five labels given the registries' canonical names: Bloomberg, IRNA, Tasnim, FBI, MAP): quote F1
#: 0.981, speaker 0.906, type 0.686, verb 0.811, cited sources P 0.726, R 0.620, F1 0.669; the rules of the session's
#: start score it the same on quotes and speakers and cited sources P 0.716, R 0.608, F1 0.658. Its quote misses were
#: one article that stopped with "KeyError: 'Levon'" and was left out by :class:`analysis.checks.ArticleFailures` (the
#: surname index of the paragraphs so far held a key the whole article's did not; fixed in
#: :func:`.quote_cues._prepared`, no rule changed: quote F1 1.000, speaker 0.909). Its source misses: own outlets by
#: other names ("Herald-Leader", "World-Herald", "TNIE"), bodies named with their place ("Texas General Land Office",
#: "Kentucky Department of Financial Institutions" reported without it), "Federal Deposit Insurance Corp." typed a
#: company, media without a media word ("Pollstar", "NJ.com", "Maine Public", "VTDigger").
#: Round 127 (registry, checked on sets 1-54): public broadcasters, national news agencies and bodies cited by a name
#: that carries no media, agency or state word (RNZ, Yle, SABC, IRIB, Oman News Agency, KPL, FDIC, USGS, UNIFIL,
#: Crunchbase …; 134 rows of widely known names, none taken from set 55) added to ``analysis/data/sources.csv``; 32
#: labels in 20 sets given the new rows' canonical names, as assembly does ("RNZ Pacific" → RNZ, "1News" → TVNZ);
#: a registry's canonical name is reported as the registry writes it ("Moody's" where the text writes "Moody’s").
#: Pollsters (YouGov) were left out: two sets' labels call them "unknown". Pooled over sets 1-54 with the relabelled
#: sets: cited-source F1 0.8343 → 0.8418 (precision 0.8707 → 0.8778, recall 0.8008 → 0.8087); speakers and bundled
#: output unchanged.
#: Round 128 (sets 1-54's misses after a name's own reporting verb): a title holder's office is no person ("the Prime
#: Minister's Office said" after "In a post on Facebook"); a service's operator ("airport operator Fraport", typed
#: "unknown": operators are often the state's) or an event's organiser is a descriptor, an operator or organiser
#: alone is not (a person may be one); a descriptor may follow a plural possessive ("The farmers’ association
#: Coldiretti"); a national branch may be named by up to three words ("the Sri Lanka Red Cross Society"); a plural
#: possessive may stand a word or two before a members' body's head ("Karnataka Private Schools' Parents
#: Association"); "NGO" before a name and "General" before "Secretary" after a union's are no part of it. Pooled over
#: sets 1-54: cited-source F1 0.8418 → 0.8429 (recall 0.8087 → 0.8107); speakers and bundled output unchanged.
#: Round 129 (sets 1-54's misses before a reporting verb or a possessive): "The" and a newspaper's word before a
#: reporting verb is a masthead ("The Advertiser reported", "The Courier-Mail"), not a head noun referring back; a
#: name opening with "Radio" keeps it ("Radio Tonga reported"); a body's office, unit or counsel after its
#: possessive speaks for it ("The World Health Organization's country office in Islamabad said", "The Punjab
#: Environmental Protection Agency’s counsel told"), unless the office is named after it; a place's words before a
#: registry state body make that place's body ("Nova Scotia RCMP", "Dhaka Metropolitan Police"). Pooled over sets
#: 1-54: cited-source F1 0.8429 → 0.8439 (recall 0.8107 → 0.8125); speakers and bundled output unchanged.
#: Round 130 (sets 1-54's misses around a "which" or "whose" clause): a body whose officer speaks ("the Severn Valley
#: Learning Trust, whose chief executive, …, said"), wherever it stands in its sentence; "Brotherhood" and "Fraternity"
#: are organisation words; a regnal number inside a name ("Mohammed V Foundation for Solidarity"); "apologised" is a
#: reporting verb and "closed" a body's act; the Global Fund joins the registry (one label given its canonical name).
#: Pooled over sets 1-54: cited-source F1 0.8439 → 0.8447 (recall 0.8125 → 0.8138); speakers and bundled output
#: unchanged.
#: Round 131 (sets 1-54's misses before "will", "is" or "has"): in an article's first two paragraphs (a headline or
#: kicker line may open the text) a body's plan or deed
#: after "will", "is to", "is …ing" or "has" is its own news ("Great Lakes Axle Co. will lay off about 640 workers",
#: "The Bank of Botswana has cut its policy rate"), unless someone else reports it in the same sentence ("…,
#: according to people familiar with the matter", "…, Minister X said"; "…, the company said" is its own word).
#: Everywhere, or with the other report allowed, it found 15 labelled bodies and 19 unlabelled. Pooled over sets
#: 1-54: cited-source F1 0.8447 → 0.8453 (precision 0.8781 → 0.8778, recall 0.8138 → 0.8151); speakers and bundled
#: output unchanged.
#: Round 132 (sets 1-54's misses around an officer's role "of" or "at" a body): the body may be followed by its
#: branch or a place ("chairperson of the National Union of Eritrean Women branch in Ghindae, said", "Director of the
#: Palestine Red Crescent Society (PRCS) in Nablus, Ahmad Jibril, said") and preceded by up to five lowercase words of
#: the role ("head of road maintenance at the Ministry of Public Works, told"); a person named right after a body's
#: name and an officer's title is no part of it ("Acting Director of the Kuwait Meteorological Department Dhari
#: Al-Shammari said"), nor an honorific and what follows it ("Department of Domestic Trade Mr Khamphone Sisavath").
#: Tried and dropped: "minister" as an officer's role (portfolios came out as bodies: "Minister of Energy and Natural
#: Resources"), a person "of" a body set off by commas without a role (police officers the labels leave out), a
#: person's name before "of the" and a body's ("Joint Chiefs of Staff" came out as "Staff"), two or three personal
#: name's words after any body's name ("Minerals Council South Africa"). Pooled over sets 1-54: cited-source F1 0.8453
#: → 0.8461 (recall 0.8151 → 0.8161); speakers and bundled output unchanged.
#: Round 133 (sets 1-54's registry mastheads inside other names): a registry masthead's bare word before "of" and a
#: capitalised word, or before another capitalised word that is no day or month, opens another paper's or body's name
#: ("Times of Malta", "Times Higher Education", "Independent National Electoral Commission", "Sun Online" are not The
#: Times, The Independent or The Sun); "Newsroom" opening a name makes it a medium's ("Newsroom Guyana"). Pooled over
#: sets 1-54: cited-source F1 0.8461 → 0.8470 (precision 0.8783 → 0.8792, recall 0.8161 → 0.8171); speakers and
#: bundled output unchanged.
#: Round 134 (sets 1-54's one-word false sources): a one-word name is a person's, no body's, when the article
#: introduces it as the first word of a person's name ("Huang Chih-wei (黃志偉), who …", "BMKG deputy Rahmat Santoso
#: said" before "Rahmat said") or as the last after a forename with a person's appositive or reporting verb ("said
#: Graeme Holloway, who farms …" before "Holloway said it was …"), whatever "the agency" or "it" says later; never
#: an acronym's or a brand's ("UKHSA", "PoCC"). Pooled over sets 1-54: cited-source F1 0.8470 → 0.8475 (precision
#: 0.8792 → 0.8803); speakers and bundled output unchanged.
#: Round 135 (sets 1-54's image credits): two bodies credited together are each credited ("Scanpix/LETA", "Rubin
#: Observatory/NOIRLab"), a photographer before " - " and a body after it credit the body ("Mustafa Kaya-Öztürk -
#: Anadolu Agency"); a picture's number or a handle names no source ("SBMA/25011501", "Instagram/@…", "Sophie Rabey,
#: 25-1104-07"), nor a shouted person's name beside a body ("LUCY WANJIRU | NMG"). Pooled over sets 1-54:
#: cited-source F1 0.8475 → 0.8486 (precision 0.8803 → 0.8813, recall 0.8171 → 0.8183); speakers and bundled output
#: unchanged.
#: Round 136 (sets 1-54's image credits): "Photo courtesy of the …" ("… of the Ministry of National Defense") and
#: "Courtesy of" alone in a caption's closing brackets ("Night Harbor (Courtesy of Universal Pictures)") credit the
#: body; a credit's cue starts at its label, not at the caption's first word. Pooled over sets 1-54: cited-source F1
#: 0.8486 → 0.8489 (recall 0.8183 → 0.8188); speakers and bundled output unchanged.
#: Round 137 (sets 1-54's state bodies typed "unknown"): a country's central bank or army named by the country is a
#: state body ("Bank of Tanzania", "Bank of the Lao PDR", "Croatian National Bank", "Nepali Army", "Lebanese Army"),
#: with the country names of a new data file (``analysis/data/countries.txt``) and a people's adjective whose stem
#: opens one of them; not a commercial "Bank of Ireland" or "Bank of China", nor an armed group ("Arakan Army"). A
#: registry name found by its shape with the registry's kind takes the registry's name ("the Bank of México
#: (Banxico)"). Pooled over sets 1-54: cited-source F1 0.8489 → 0.8500 (precision 0.8814 → 0.8825, recall 0.8188 →
#: 0.8198); speaker type 0.7625 → 0.7636 (central bankers typed as officials); bundled output unchanged.
#: Tried after round 137 and dropped: about seventy widely known companies in the registry (Lufthansa, Gazprom, Nvidia,
#: Eskom …), with a capitalised word after a registry company's name opening another body ("Gazprom Neft"). Older
#: sets' labels type such companies "unknown" by the rule that a name not giving its kind is "unknown" (OpenAI,
#: Google, Gazprom, Eskom, Maersk, Rio Tinto), newer ones "company": pooled F1 0.8500 → 0.8493.
#: Sets 55 and 56 (24 passages each; 238 quotes and 166 sources, 220 quotes and 146 sources; Panamá América, Knoxville
#: News Sentinel, Fairbanks Daily News-Miner, Le Soleil, The New Times, Times of Swaziland, Khaama Press, Derry
#: Journal, Telangana Today, Delaware News Journal, Prothom Alo, Djibouti News, Gibraltar Chronicle, Yukon News,
#: Tripura Times, Regina Leader-Post, Libya Observer, Nelson Mail, FrontPage Africa, Stabroek News, Geelong
#: Advertiser, Albany Times Union, Seychelles Nation, Cape Breton Post; Birmingham News, Free Press Journal, UB Post,
#: Kilkenny People, L'Express Maurice (in French), Rapid City Journal, Tolo News, Casper Star-Tribune, Egyptian
#: Streets, Jersey Evening Post, Westmorland Gazette, Saipan Tribune, Vientiane Times, Belize Breaking News, Portland
#: Press Herald, Gold Coast Bulletin, RNZ Pacific, Hartford Courant, Hawke's Bay Today, Yemen Monitor, The Reporter,
#: Algérie Presse Service, News and Star, Concord Monitor) were written by six more annotators without the code while
#: rounds 127-137 were made, held out from every round and scored once after round 137 (labels given the registries'
#: canonical names on assembly: UNHCR, CBC News, Montsame, KPL, RNZ). Set 55: quote F1 1.000, speaker 0.877, type
#: 0.754, verb 0.819, cited sources P 0.831, R 0.711, F1 0.766; the session-start rules (before round 127) score it
#: the same on quotes and speakers and cited sources P 0.836, R 0.705, F1 0.765. Set 56: quote F1 1.000, speaker
#: 0.790, type 0.651, verb 0.755, cited sources P 0.800, R 0.658, F1 0.722; session-start rules P 0.763, R 0.616, F1
#: 0.682. Their source misses: own outlets by other names ("Star-Tribune", "Times Union", "The Hartford Courant"),
#: broadcasters' regional services ("BBC Radio Foyle", "BBC Radio Cumbria", "KCLR 96FM"), bodies named in French,
#: courts and school boards the labels count ("Criminal Court C", "Hopkinton School Board"), companies and clubs that
#: are the news' subject ("Magnolia Sports Partners", "Glacis United"), "Bangladesh Bank" typed a company.
#: Round 138 (sets 55 and 56's misses, checked on sets 1-56): "With files from" cites a wire ("— With files from The
#: Canadian Press"); a registry body's meteorologists or forecasters speak for it ("MetService meteorologist X said");
#: "Borough" ends a state body's name ("Fairbanks North Star Borough"), and so does a housing or health service's
#: "Executive", no longer cut off as a title's word ("Northern Ireland Housing Executive"); a newsletter is a medium; a
#: registry broadcaster's regional service or station is reported as written ("BBC Radio Foyle", "BBC Look North",
#: "BBC News NI", "BBC Guernsey"), not its desk or a programme ("BBC Sport", "BBC Verify") nor a day after it. Pooled
#: over sets 1-56: cited-source F1 0.8451 → 0.8483 (precision 0.8796 → 0.8824, recall 0.8132 → 0.8167); over sets
#: 1-54: 0.8500 → 0.8518; speakers and bundled output unchanged.
#: Round 139 (speaker types; sets 1-56's type misses): an age and modifiers joined by "and" before a role noun ("X, a
#: 54-year-old maize and sunflower farmer") type the name, an age before a verb stays a description; the possessive of
#: a state, county or city before a role names its administration ("the county's emergency management director"), not
#: for a governor; a name introduced by where they live, what they farm or fish, or their home or family is a member
#: of the public ("X, who has fished out of …", "X, whose lodge was destroyed"); table rows: trade, shop, travel and
#: customer nouns are civilians' (greengrocer, pharmacist, rancher, evacuee, traveller, customer …), candidates and
#: reeves politicians, rangers, firefighters and police and fire ranks ("Battalion Chief", "Inspector General of
#: Police") officials. Pooled over sets 1-56: speaker type 0.7607 → 0.7703, speaker 0.8866 → 0.8887; cited sources and
#: bundled output unchanged.
#: Round 140 (speakers; sets 1-56's speaker misses): the person a medium "quoted … as saying" speaks, not the medium
#: ("The agency quoted X, managing director of …, as saying"); a role of a body with its acronym in brackets before a
#: name set off by commas is that person's ("the president of the … (NUO), X, said"); a past form between a
#: possessive and its noun is an adjective, no cue ("the board's stated reason"); "directorate" and "inspectorate"
#: describe state bodies; a name opening a sentence and set off before a body's description is that body ("DTEK,
#: Ukraine's largest private energy company, said", "Bureau 1440, the private company …, later said"). Pooled over
#: sets 1-56: speaker 0.8887 → 0.8913, speaker type 0.7703 → 0.7716; cited sources and bundled output unchanged.
#: Round 141: a place's possessive may open the description set off after a body's name, for cited sources too
#: ("DTEK, Ukraine's largest private energy company, said"); "the company" refers back to a name of unknown type that
#: "its" showed to be a body's ("When Meridian Cloud broke ground on its first data center, the company promised").
#: Pooled over sets 1-56: cited-source F1 0.8483 → 0.8483 (one more found), speaker 0.8913 → 0.8917; bundled output
#: unchanged.
#: Round 142 (cited sources; sets 1-56's government-body misses): "said the <Name>" ending a clause cites a name its own
#: words type ("…, said the State Health Department."); a body's statement, news release, bulletin or advisory after
#: "according to" cites it ("according to a Milwaukee Police Department news release"); a registry alias spelled out
#: from its acronym keeps the registry's name and kind when only its shape typed it ("Federal Deposit Insurance
#: Corp."). Pooled over sets 1-56: cited-source F1 0.8483 → 0.8485 (precision 0.8824 → 0.8825, recall 0.8168 →
#: 0.8171); speakers and bundled output unchanged.
#: Round 143: a police, fire or military rank and a name, then "of" a state body, speaks for that body ("Det Insp X, of
#: Cambridgeshire Constabulary, said"), as the annotators' brief has it (two older sets leave such bodies out); an
#: abbreviated rank ("Capt", "Sgt", "Det") opens no body's name. Pooled over sets 1-56: cited-source F1 0.8485 →
#: 0.8486 (two found, two unlabelled); speakers and bundled output unchanged.
#: Round 144 (sets 1-56's news-outlet misses): a medium's kind, then its name, names that medium wherever it stands
#: ("for the television network Unitel", "reported by the weekly HVG", "the newspaper Página/12", "The tabloid Bild
#: has taken to calling"); "daily" and "weekly" are adjectives before a name and a lower-case noun ("the weekly Cabinet
#: meeting"). Pooled over sets 1-56: cited-source F1 0.8486 → 0.8492 (precision 0.8822 → 0.8822, recall 0.8174 →
#: 0.8185); speakers and bundled output unchanged.
#: Round 145 (sets 1-56's government bodies found but typed unknown): a city's public schools or transit system, a
#: province, an islands' council, a board of education, elections, regents or supervisors, a hurricane or volcanology
#: centre and a Spanish "Junta de …" are state bodies by their names ("Chicago Public Schools", "Hampton Roads
#: Transit", not "First Transit"). Pooled over sets 1-56: cited-source F1 0.8492 → 0.8507 (precision 0.8822 →
#: 0.8837, recall 0.8185 → 0.8201), speaker type 0.7716 → 0.7726; bundled output unchanged.
#: Round 146 (companies found but typed unknown): more legal forms (Plc, LLP, PJSC, JSC, NV, SpA, Tbk, Pvt, Pte …)
#: and companies' head words ending a name not typed otherwise ("Kenmar Electronics", "Transpeninsula Investments",
#: "Kindred Labs", "Helsington Foods"); a person's name "of" a body its words type is left out ("X of Kessler Hart
#: LLP"); "Shares of" opens no body's name; a spokesperson's body takes the legal form the article writes after it.
#: Pooled over sets 1-56: cited-source F1 0.8507 → 0.8520 (precision 0.8837 → 0.8844, recall 0.8201 → 0.8218),
#: speaker 0.8917 → 0.8921; bundled output unchanged.
#: Round 147 (false positives): a body whose spokesperson "declined to comment", "did not respond" or "could not be
#: reached" is no source, as the annotators' brief has it (two older sets' labels count such bodies); a share price
#: that "added" a number is no word ("UOB added 0.5 per cent"). Pooled over sets 1-56: cited-source F1 0.8520 →
#: 0.8521 (precision 0.8844 → 0.8849, recall 0.8218 → 0.8215); speakers and bundled output unchanged.
#: Sets 57 and 58 (24 passages each, written by six annotators who never saw the code, while rounds 139-147 were being
#: made) were scored once, after round 147: set 57 quote F1 1.000, speaker 0.818, type 0.747, verb 0.806, cited-source
#: P 0.841 R 0.722 F1 0.777; set 58 1.000, 0.823, 0.697, 0.818, cited-source P 0.819 R 0.731 F1 0.772. The session-start
#: rules (round 138) score the same on set 57, and on set 58 the same cited sources, speaker 0.828 and type 0.662.
#: Round 148 (sets 57 and 58's kind misses, checked on sets 1-58): a "Department of" inside a longer name (not a
#: university's), a "Secretariat of" a portfolio, a "Council/House/Chamber of Representatives/Deputies", a council
#: "of/for … Research" and a council or association "of Governments" are state bodies by their names ("County of Maui
#: Department of Water Supply", "Secretariat of Foreign Affairs", "Indian Council of Medical Research"); one older hand
#: test that typed such a council "unknown" now types it a government body. Pooled over sets 1-58: cited-source F1
#: 0.8482 → 0.8491 (precision 0.8823 → 0.8831, recall 0.8166 → 0.8175); speakers and bundled output unchanged. An
#: attempt to report a state body under the one longer name the article gives it ("Lagos State Ministry of Health"
#: for "Ministry of Health") took in places' possessives and titles (F1 0.8491 → 0.8405) and was dropped.
#: Round 149 (speakers found by surname alone): a personal name after a job that is also a body's description
#: ("machine operator X", "regional organiser X"; not a service's operator, "rail operator X") stays a person, typed a
#: civilian (an organiser: by the body), so the person index resolves their surname later; "Trooper" and "Trooper
#: First Class" are police titles. Pooled over sets 1-58: speaker 0.8888 → 0.8909, type 0.7699 → 0.7717; cited
#: sources and bundled output unchanged.
#: Round 150 (speakers by another form of a body's name): an acronym spelling the initials of a body's name after
#: its place ("Minnesota Department of Natural Resources … the DNR"); an acronym written as a word in brackets after a
#: body's name ("Independent National Electoral Commission (Ceni)"); the alias table's body opening a longer name
#: whose head word, before "of"/"for", is a body's ("United Nations Assistance Mission for Iraq", not "United
#: Nations" in it); an irregular plural's possessive inside a member body's name ("United Nations Children's Fund",
#: "People's Union for Civil Liberties"). Pooled over sets 1-58: speaker 0.8909 → 0.8923, type 0.7717 → 0.7737;
#: cited sources and bundled output unchanged.
#: Round 151 (speakers): a body's name may list its portfolios with several commas, also after "for" ("Department of
#: Children, Equality, Disability, Integration and Youth", "Department for Environment, Food and Rural Affairs").
#: Pooled over sets 1-58: speaker 0.8923 → 0.8932, type 0.7737 → 0.7742; cited sources and bundled output unchanged.
#: Round 152 (speakers): a question or exclamation and its tag right after it are one sentence ("'Who signed
#: this?' Senator X asked", up to six words before the verb); a relative clause of a thing ("which", "whose",
#: "where") between a spokesperson and a name holds no appositive name ("A spokesman for X, which holds Mrs Y's
#: account, said"). Pooled over sets 1-58: speaker 0.8932 → 0.8940, type 0.7742 → 0.7746 (two quotes of one set
#: lost: a "she replied" now goes back to the man quoted just before, as no gender is kept); cited sources and
#: bundled output unchanged.
#: Round 153 (speakers): a title's portfolio listed with commas, then its holder's name ("Minister of Agriculture,
#: Water Resources and Fisheries X"); a body's description right before a titled name is the name's ("Government
#: spokesman X"); a role's field in lower case between the role and a titled name ("Consultant in emergency medicine
#: Dr X"). Pooled over sets 1-58: speaker 0.8940 → 0.8950, type 0.7746 → 0.7748; cited sources and bundled output
#: unchanged.
#: Round 154 (speakers): a reporting verb between a name and a titled name after it joins no two people
#: ("Nadia Ferreira told Supt. Glen Moyer" is no single mention of Glen Moyer). Pooled over sets 1-58: speaker
#: 0.8950 → 0.8956, type 0.7748 → 0.7755; cited sources and bundled output unchanged. Tried and dropped: keeping the
#: gender a title or description shows ("Mr", "Ms", "a mother of two") so that "he"/"she" skips people of the
#: other: a shared surname gives a sister her brother's "Mr" (speaker 0.8956 → 0.8951).
#: Round 155 (speaker types): a role's body that the registry of cited sources lists takes that source's kind
#: ("Ofwat's senior director" is an official's, "an NYPD spokesman" too); a state adjective among a role's modifiers
#: ("Presidential spokesman", "provincial medical director"); "Coordinator", "Administrator", "Rapporteur", "Envoy",
#: "Ombudsman" and "Registrar" are titles in a capitalised run ("UN Deputy Emergency Relief Coordinator X"). Pooled
#: over sets 1-58: speaker 0.8956 → 0.8957, type 0.7755 → 0.7777; cited sources and bundled output unchanged.
#: Round 156 (cited sources): a masthead of two to four capitalised words told something after a lower-case "the"
#: ("told the Sligo Champion"), with no organisation's word, title or country's name in it, is a news outlet. No
#: change pooled over sets 1-58 (their articles tell such mastheads only their own outlet's, or with a media word).
#: Round 157 (speakers): a diplomatic or UN mission's "in" and the place after it are part of its name ("Russian
#: Embassy in Athens", "United Nations Support Mission in Libya"). Pooled over sets 1-58: speaker 0.8957 → 0.8962;
#: cited sources and bundled output unchanged.
#: Sets 59 and 60 (24 passages each, written by six annotators who never saw the code, while rounds 149-157 were being
#: made) were scored once, after round 157: set 59 quote F1 1.000, speaker 0.879, type 0.650, verb 0.797, cited-source
#: P 0.791 R 0.667 F1 0.723; set 60 1.000, 0.879, 0.715, 0.796, cited-source P 0.856 R 0.739 F1 0.793. The
#: session-start rules (round 148) score the same on set 59, and on set 60 the same cited sources, speaker 0.864 and
#: type 0.710.
#: Round 158 (set 59 and 60's kind misses, after their first run): local governments by their style ("Shire of X",
#: "Township of X", "Regional District of X", "X Valley Council"), a government information service, election offices
#: and safety regulators by their applied titles ("Elections Nunavut", "WorkSafe WA"), a fire and emergency service
#: and a health and social care trust are state bodies by their names. Pooled over sets 1-60: cited-source F1 0.8452 →
#: 0.8461 (precision 0.8807 → 0.8814, recall 0.8125 → 0.8136); speaker 0.8953 → 0.8952; bundled output unchanged.
#: Round 159 (cited sources, after sets 59 and 60's first run): a level of government in lower case between a cue and
#: a body's name ("according to the federal Department of Health and Aged Care"); "recommended by" and a
#: determination, ruling, decision, judgment or finding "by" a body are cues. Pooled over sets 1-60: cited-source F1
#: 0.8461 → 0.8465 (precision 0.8814 → 0.8815, recall 0.8136 → 0.8142); speakers and bundled output unchanged.
#: Round 160 (cited sources): a body before its officer's title and name also after "opposition", "ruling" or
#: "governing", with its branch between ("(AWU) Port Kembla branch secretary X said"), a board or committee member
#: and an assistant's title among the titles. Pooled over sets 1-60: cited-source F1 0.8465 → 0.8467 (recall 0.8142 →
#: 0.8147; the two new unlabelled rows are a union branch and a party whose officers speak); speakers and bundled
#: output unchanged.
#: Sets 61 and 62 (24 passages each, 48 new outlets, written by six annotators who never saw the code) were scored
#: once, after round 160: set 61 quote F1 1.000, speaker 0.929, type 0.683, verb 0.797, cited-source P 0.865 R 0.693
#: F1 0.770; set 62 1.000, 0.879, 0.767, 0.797, cited-source P 0.882 R 0.759 F1 0.816. The session-start rules (round
#: 159) score the same on both.
#: Round 161 (media names, after sets 61 and 62's first run): "(as) first/originally reported by" is a cue, and a name
#: after it with no kind or organisation word of its own is a medium ("as first reported by Extra"); a number after
#: "News" or a call sign ends a broadcaster's name ("News 5", "KRIS 6 News"); "FM" alone is a broadcaster's word
#: ("Galway Bay FM"); a country-code web address is a name ("News.am"); radio and television services are media; a
#: dotted legal form ("N.V.") makes a company. Pooled over sets 1-62: cited-source F1 0.8443 → 0.8465 (precision
#: 0.8810 → 0.8828, recall 0.8106 → 0.8131); speakers and bundled output unchanged.
#: Round 162 (titles in bodies' names): "CEO" is a title before a person's name ("X N.V. CEO Y"); a district's or
#: province's officer "of" a body opens no name ("Fanteakwa South District Director of the Ghana Health Service"); a
#: press officer's or spokesman's title alone names no body ("Police Public Relations Officer"); an acronym's full
#: name drops a possessive owner ("Ontario's Special Investigations Unit" for SIU). Pooled over sets 1-62:
#: cited-source F1 0.8465 → 0.8472 (precision 0.8828 → 0.8838, recall 0.8131 → 0.8135); speakers and bundled output
#: unchanged.
#: Round 163 (speakers): a surname that is also a place's head ("Hill", "Park") is a person's with a reporting verb
#: right by it or an age or role in apposition ("said Marcus Hill, a staff attorney"); a full stop and a space after a
#: word end a name after a title ("Hon. Desmond Charles. Minister Charles" is two mentions); a titled person "of" a
#: body ("Ms Agnes Nankinga of the Office of the Director of Public Prosecutions") is no part of the body's name.
#: Pooled over sets 1-62: speaker 0.8957 → 0.8967, type 0.7709 → 0.7714; cited sources and bundled output unchanged.
#: Round 164 (speakers and kinds): a capitalised run ending in an acronym is no person's name ("said Angle RNLI coxswain
#: Rhodri Griffiths"); a place's last word after a capitalised word is no one-word name ("on St. Peters Road, farmer
#: X"); a role word after "the" that opens a body's name stays in it ("the Marine Accident Investigation Branch");
#: investigation and intelligence units, anti-fraud centres, fiscal councils and gendarmeries are state bodies. Pooled
#: over sets 1-62: speaker 0.8967 → 0.8978, type 0.7714 → 0.7721; cited-source F1 0.8472 → 0.8478 (precision 0.8838 →
#: 0.8843, recall 0.8135 → 0.8142; a police force's collision investigation unit speaking is a new unlabelled row in
#: two sets); bundled output unchanged.
#: Round 165 (speakers): an office named by its holder's title keeps the possessive inside its name ("Sheriff's
#: Office", "Illinois Attorney General's Office", also after an owner's possessive: "Colombia's Prosecutor General's
#: Office"; the pattern moved to ``name_kinds`` to serve both the speakers and the cited sources); a title's modifier
#: ("Deputy Superintendent") is skipped like a title before a name; MHK, MLC, MPP, MNA and MHA are legislators'
#: letters. Pooled over sets 1-62: speaker 0.8978 → 0.8985, type 0.7721 → 0.7728; cited sources and bundled output
#: unchanged.
#: Round 166 (speakers): tag verbs the labels use that the table lacked ("advised", "testified", "reasoned",
#: "laughed", "shrugged", "radioed", "disclosed", "affirmed"; not "recommended", which takes a thing as often as a
#: quote, nor "chanted", which round 20 keeps from footage of a crowd); a role and a lower-case field before a titled
#: name give the titled person ("Consultant paediatrician Dr X"); "fire chief(s)" are officials; "the chief" alone
#: stays unlisted (it took chief economists and chief ministers). Pooled over sets 1-62: speaker 0.8985 → 0.8987, type
#: 0.7728 → 0.7731; cited sources and bundled output unchanged.
#: Round 167 (cited sources): any name after "first reported by" with no kind or organisation word of its own is a
#: medium ("Barbados Today", "Isle of Man Today", "KCBD NewsChannel 11"); a permanent or principal secretary is an
#: officer after their ministry; two bodies of one head joined by "and" are two sources ("Royal Bank of Canada and
#: Toronto-Dominion Bank", each half its own kind, else the pair's), also with "both" or "jointly" before the verb.
#: Pooled over sets 1-62: cited-source F1 0.8478 → 0.8484 (recall 0.8142 → 0.8154; "first reported by Crain's Detroit
#: Business" now gives "Detroit Business": the masthead's possessive is read as an owner); speakers and bundled output
#: unchanged.
#: Round 168 (kinds): security and defence forces, a "… Command", anti-corruption and national security bodies and a
#: meteorology institute are state bodies by their names. Pooled over sets 1-62: cited-source F1 0.8484 → 0.8494
#: (precision 0.8843 → 0.8853, recall 0.8154 → 0.8163); speaker type 0.7731 → 0.7732; bundled output unchanged.
#: Round 169 (speakers): a descriptor, up to two lower-case role words (and a comma) before a personal name of two
#: words or more give the person ("its executive director Sharon Mohammed-Ali told …"). Pooled over sets 1-62:
#: speaker 0.8987 → 0.8993, type 0.7732 → 0.7735; cited sources and bundled output unchanged.
#: Round 170 (speaker types): roles after "The <body>'s" and with a capitalised word between body and role ("the
#: union's Alaska regional director"), a union local's number in a body's name, chief executives of two-word bodies,
#: lower-case then capitalised modifiers before a description ("a senior Sahel researcher"), non-resident and visiting
#: fellows as experts; chiefs, board members, chiefs of staff, conveners, functionaries and deputy speakers hold
#: their body's role; a party's role and a First Nation's chief are a politician's. Pooled over sets 1-62: type
#: 0.7735 → 0.7788, no item worse; speakers, cited sources and bundled output unchanged.
#: Round 171 (speaker types): a body of members is an organisation whatever state words precede its head ("Civil
#: Service Employees Association", "… Association of Nigeria"); a description capitalised to open a sentence
#: ("Returning officer X"); prefects; a role's body with its bracketed acronym and place, or "on" a committee;
#: ranking members; "who heads the X-based group Y"; a body named after the role outranks an owner no rule types;
#: "The Director of the X Authority, Y, said" is Y. Pooled over sets 1-62: type 0.7788 → 0.7820, speaker
#: 0.8993 → 0.8994; cited sources and bundled output unchanged.
#: Round 172 (speaker types): navies and coastguards are state bodies; chief electoral officers are officials; a
#: general manager holds the role at the body before them ("EPA General Manager X"); an official takes the type of
#: a body description before them ("a union official"; "a party official" a politician's), a state's otherwise;
#: one capitalised word after "a spokesperson for" is a body unless it is a country. Pooled over sets 1-62: type
#: 0.7820 → 0.7844; speakers, cited sources and bundled output unchanged.
#: Sets 63 and 64 (24 passages each, 48 new outlets, 423 quotes and 320 sources, written by six annotators who never
#: saw the code) were scored once, after round 172: set 63 quote F1 1.000, speaker 0.900, type 0.756, verb 0.837,
#: cited-source P 0.787 R 0.690 F1 0.735; set 64 0.995, 0.859, 0.794, 0.773, cited-source P 0.804 R 0.697 F1 0.747.
#: The session-start rules (round 169) score the same but for speaker type (0.744 and 0.774), which rounds 170-172
#: raised on both. One label was changed on assembly: the Sri Lankan "Sunday Times" stays itself, not the registry's
#: British "The Times" that its alias names.
#: Round 173 (cited sources, after sets 63 and 64's first run): an image credit to a word or the initials of the
#: article's own outlet is that outlet before any registry name ("Photo: The Nugget", "Photo: RBA" in the Rwanda
#: Broadcasting Agency); a picture's word after a one-word credit is dropped ("SunStar Photo", "AAP Image"); "Staff"
#: credits nobody; a country's navy and air force are state bodies and "Philippine" is a country's adjective; a body
#: of the United Nations by its name is an international organisation; a call sign's numbered news channel and the
#: ABC are media; a person "of" a body whose words name an organisation gives the body, whatever the alphabet of
#: the name; a picture agency's one-word name beside a registry agency is credited too ("Scanpix/LETA"); the
#: registry has ten more national news agencies and aliases (STA, LETA, BNS, ELTA, FENA, SRNA, TASR, …). Two labels follow
#: the registry: set 27's "STA" is the Slovenian Press Agency, set 12's "BNS" the Baltic News Service. Pooled over
#: sets 1-64: cited-source F1 0.8450 → 0.8483 (P 0.8818 → 0.8852, R 0.8112 → 0.8144); speakers and bundled output
#: unchanged.
#: Round 174: utilities are companies ("Coastal Pines Utilities"); Swahili and Portuguese connectors ("cha", "ya",
#: "wa", "za", "e") join a body's name, so that its acronym resolves ("Chama cha Walimu Tanzania (CWT)"); a skipper
#: is a member of the public; initials written before a personal name are part of it ("W. A. Nilmini Perera"), not a
#: country's or a firm's. Pooled over sets 1-64: cited-source F1 0.8483 → 0.8485, speaker 0.8985 → 0.8990, type
#: 0.7840 → 0.7844; bundled output unchanged.
#: Round 175 (speaker types): a role's lower-case field before the name ("WSA vice-president of operations X"); a
#: union local's president ("ONA Local 84"); an apostrophe among a body's modifiers ("the state miners' safety
#: office"); a unit word after a body's name ("the IFRC delegation for East Asia"); cabinet members are politicians;
#: a name introduced as teaching at a university or researching is an expert. Pooled over sets 1-64: type 0.7844 →
#: 0.7884, no item worse; speakers, cited sources and bundled output unchanged.
#: Round 176 (cited sources): an unnamed official after "a" and a body's name of two words or more whose words name a
#: body cites it ("A Khyber Pakhtunkhwa Police official told …"). Pooled over sets 1-64: cited-source F1 0.8485 →
#: 0.8487 (two more found, none wrong); speakers and bundled output unchanged.
#: Round 177 (speaker types): a local government's appointed office before a name is a state office ("City Manager
#: X", "County Engineer X", "Public Works Director X"); one opening with a city, county or town counts only written
#: with capitals, so that a club's manager stays one ("Manchester City manager X"). Pooled over sets 1-64: type
#: 0.7884 → 0.7895 (ten more right, none worse); speakers, cited sources and bundled output unchanged.
#: Round 178 (speaker types): a state adjective opening a sentence before a role ("Presidential spokesman X") and a
#: local unit's office in a portfolio ("the Kasese District Health Officer") are a state's. Pooled over sets 1-64:
#: type 0.7895 → 0.7901 (six more right, none worse); speakers, cited sources and bundled output unchanged.
#: Sets 65 and 66 (24 passages each, 48 new outlets, 472 quotes and 336 sources, written by six annotators who never
#: saw the code) were scored once, after round 178: set 65 quote F1 1.000, speaker 0.802, type 0.764, verb 0.826,
#: cited-source P 0.830 R 0.696 F1 0.757; set 66 1.000, 0.883, 0.724, 0.792, cited-source P 0.834 R 0.691 F1 0.756.
#: The session-start rules (round 176) score the same on both. Relabelled on assembly to the registry's names:
#: "An Garda Síochána" (Gardaí), "MONTSAME", "United States Coast Guard", "Australian Broadcasting Corporation".
#: Round 179 (speakers, after sets 65 and 66's first run): a document after "in" is in a phrase, no subject ("In a
#: post on X, the force said"); a definite description right before a reporting verb that no mention covers is the
#: body named before with its head word ("the weather service" after the National Weather Service; "the force" is
#: a police force). Pooled over sets 1-66: speaker 0.8965 → 0.8971 (six more right, none worse), type 0.7881 →
#: 0.7887; cited sources and bundled output unchanged.
#: Round 180 (speakers): an initial glued to a one-word name makes it a person's name ("Herder G.Batbold"), and a
#: two-letter one stays glued to it ("MP Kh.Ganzorig"), as Mongolian papers write names. Pooled over sets 1-66:
#: speaker 0.8971 → 0.8984 (twelve more right, none worse); cited sources and bundled output unchanged.
#: Round 181 (speakers): a one-word name no longer name ends with is the one longer name it opens ("Commissioner
#: Makuei" after "Makuei Garang Mabior"); enlisted ranks with a class are titles ("Petty Officer 2nd Class", "Airman
#: 1st Class", "Pfc."). Pooled over sets 1-66: speaker 0.8984 → 0.8989, type 0.7889 → 0.7891 (six more right, none
#: worse); cited sources and bundled output unchanged.
#: Round 182 (cited sources): a medium named right before "reported" that opens the sentence or closes an
#: inverted attribution ("…, Tengrinews reported, citing …", "…, El Comercio reported."), one word naming no person
#: and no common word, or a masthead with a language's article. Pooled over sets 1-66: cited-source F1 0.8450 →
#: 0.8453 (four more found, one wrong kind gone, none wrong added); speakers and bundled output unchanged.
#: Round 183 (cited sources): a dateline's agency before a colon ("Manila, Jan 31 (AFP): …"); "first reported" with
#: a time before "by" ("first reported Tuesday morning by the Cape Cod Times"); a web address under a country's
#: domain ("told mbl.is"). Pooled over sets 1-66: cited-source F1 0.8453 → 0.8456 (four more found, none wrong);
#: speakers and bundled output unchanged.
#: Round 184 (cited sources): after "told the", a name whose own words make it a news outlet is one ("told the ABC",
#: "told the Busselton-Dunsborough Mail"). Pooled over sets 1-66: cited-source F1 0.8456 → 0.8458 (two more found,
#: none wrong); speakers and bundled output unchanged.
#: Round 185 (speaker types): a private person is also introduced by where they are from before a life ("X, from
#: Weymouth, whose son …", "X of Frederiksted, who flies a drone"), by what they own, keep, rent or farm, by their
#: sons or daughters and by ", a 26-year-old …"; officers of prisons, fire services, planning departments, borders
#: and wildlife are a state's; a relative clause opened by "which" or "who" without a comma is skipped back to the
#: body it describes ("Pasydy, the civil servants' union which represents most prison guards, said"). Pooled over
#: sets 1-66: type 0.7891 → 0.7929, speaker 0.8989 → 0.8991 (one type worse on the way, then right again); cited
#: sources and bundled output unchanged.
#: Round 186 (cited sources): "reports" closes an inverted attribution as "reported" does, after an acronym too
#: ("…, RÚV reports."); a body's data or figures are cited after "after", "as" or "while" and with a participle
#: before the verb ("a week after Commerce Department data showed", "Stats NZ figures released last week showed").
#: Pooled over sets 1-66: cited-source F1 0.8458 → 0.8461 (four more found, one kind right, one more reported: the
#: own outlet under its name where the label gives its initials); speakers and bundled output unchanged.
#: Round 187 (cited sources): a publication, trade journal or news portal described before its name is a news outlet
#: ("first reported by industry publication GGRAsia", "the news portal Telex"); "an interview over DZBB" names a
#: station. Pooled over sets 1-66: cited-source F1 0.8461 → 0.8465 (five more found, none wrong); speakers and
#: bundled output unchanged.
#: Round 188 (cited sources): before "reported", two or three capitalised words after "the" or with an acronym among
#: them that name no body, place or title holder are a medium ("…, the Alaska Beacon reported", "RTL Today
#: reported"). Pooled over sets 1-66: cited-source F1 0.8465 → 0.8466 (two more found, none wrong); speakers and
#: bundled output unchanged.
#: Round 189 (speakers): a definite description after the quote that opens its sentence is read too ("'…,' the
#: force said"), and one no body's name holds is the person named before with a title ending in its word ("'…,' the
#: chief said" after "Fire Chief X"). Pooled over sets 1-66: speaker 0.8991 → 0.8995 (four more right, none
#: worse); cited sources and bundled output unchanged.
#: Round 190 (cited sources): a registry's one-word alias with capitalised words on both sides is part of another
#: name ("Sky" in "the Big Sky Conference" is no Sky News). Pooled over sets 1-66: cited-source F1 0.8466 → 0.8467
#: (one more found, one wrong gone); speakers and bundled output unchanged.
#: Round 191 (cited sources): "a spokesperson of" a body cites it as "a spokesperson for" does; a notice, circular,
#: bulletin, advisory or memo "from" a body cites it. Pooled over sets 1-66: cited-source F1 0.8467 → 0.8467 (P
#: 0.8839 → 0.8836, R 0.8125 → 0.8128: two more found; of three more reported, one names the body by its acronym's
#: expansion without its country, one as written where the label spells the acronym out, one a takeover notice the
#: label leaves out); speakers and bundled output unchanged.
#: Round 192 (speaker types): a plural possessive inside the name of the body a role is held at belongs to it
#: ("General Secretary of the … Employees’ Union"). Pooled over sets 1-66: type 0.7933 → 0.7937 (five more right,
#: one worse: a students' parliament read as a state's); speakers, cited sources and bundled output unchanged. One
#: older hand test expected a farmers' union's chairman to be a politician; it now expects an organisation.
#: Round 193 (speaker types): a name with no role "of" a body its description introduces takes the description's
#: type ("X of the campaign group River Action", "X of the opposition party Glas Naroden"). Pooled over sets 1-66:
#: type 0.7937 → 0.7944 (seven more right, none worse); speakers, cited sources and bundled output unchanged.
#: Round 194 (speaker types): a manager takes the type of a body typed by its name or description ("the company's
#: operations manager", "the Environment Agency area manager"), not of a club's bare name ("Arsenal manager X"
#: stays as the labels split). Pooled over sets 1-66: type 0.7944 → 0.7958 (fourteen more right, one worse);
#: speakers, cited sources and bundled output unchanged.
#: After round 191 the floors of sets 65 and 66 rose to the rules of then (set 65: speaker 0.844, type 0.797, cited
#: F1 0.801; set 66: 0.893, 0.785, 0.765; rounds 192-194 leave these figures as they are). Pooled over sets 1-64,
#: this session's start (round 176) → round 194: cited-source F1 0.8487 → 0.8494, speaker 0.8990 → 0.9009, type
#: 0.7884 → 0.7960; over sets 1-66 after round 194: cited-source P 0.8836 R 0.8128 F1 0.8467, speaker 0.8995, type
#: 0.7958.
FIRST_RUN = {
    "blind_sourcing.json": {"quote_f1": 1.000, "speaker_accuracy": 0.714, "speaker_type_accuracy": 0.518,
                            "verb_accuracy": 0.932, "source_precision": 0.913, "source_recall": 0.568,
                            "source_f1": 0.700},
    "blind_sourcing_2.json": {"quote_f1": 1.000, "speaker_accuracy": 0.762, "speaker_type_accuracy": 0.333,
                              "verb_accuracy": 1.000, "source_precision": 0.917, "source_recall": 0.786,
                              "source_f1": 0.846},
    "blind_sourcing_3.json": {"quote_f1": 1.000, "speaker_accuracy": 0.889, "speaker_type_accuracy": 0.611,
                              "verb_accuracy": 0.947, "source_precision": 1.000, "source_recall": 0.800,
                              "source_f1": 0.889},
    "blind_sourcing_4.json": {"quote_f1": 1.000, "speaker_accuracy": 0.780, "speaker_type_accuracy": 0.561,
                              "verb_accuracy": 0.930, "source_precision": 0.917, "source_recall": 0.629,
                              "source_f1": 0.746},
    "blind_sourcing_5.json": {"quote_f1": 1.000, "speaker_accuracy": 0.723, "speaker_type_accuracy": 0.521,
                              "verb_accuracy": 0.812, "source_precision": 0.535, "source_recall": 0.371,
                              "source_f1": 0.438},
    "blind_sourcing_6.json": {"quote_f1": 1.000, "speaker_accuracy": 0.641, "speaker_type_accuracy": 0.427,
                              "verb_accuracy": 0.926, "source_precision": 0.722, "source_recall": 0.470,
                              "source_f1": 0.569},
    "blind_sourcing_7.json": {"quote_f1": 1.000, "speaker_accuracy": 0.689, "speaker_type_accuracy": 0.443,
                              "verb_accuracy": 0.955, "source_precision": 0.679, "source_recall": 0.450,
                              "source_f1": 0.541},
    "blind_sourcing_8.json": {"quote_f1": 1.000, "speaker_accuracy": 0.648, "speaker_type_accuracy": 0.593,
                              "verb_accuracy": 0.927, "source_precision": 0.783, "source_recall": 0.580,
                              "source_f1": 0.667},
    "blind_sourcing_9.json": {"quote_f1": 1.000, "speaker_accuracy": 0.769, "speaker_type_accuracy": 0.630,
                              "verb_accuracy": 0.982, "source_precision": 0.684, "source_recall": 0.487,
                              "source_f1": 0.569},
    "blind_sourcing_10.json": {"quote_f1": 1.000, "speaker_accuracy": 0.814, "speaker_type_accuracy": 0.627,
                               "verb_accuracy": 0.927, "source_precision": 0.793, "source_recall": 0.568,
                               "source_f1": 0.662},
    "blind_sourcing_11.json": {"quote_f1": 1.000, "speaker_accuracy": 0.854, "speaker_type_accuracy": 0.448,
                               "verb_accuracy": 0.940, "source_precision": 0.787, "source_recall": 0.615,
                               "source_f1": 0.691},
    "blind_sourcing_12.json": {"quote_f1": 0.989, "speaker_accuracy": 0.708, "speaker_type_accuracy": 0.640,
                               "verb_accuracy": 0.925, "source_precision": 0.723, "source_recall": 0.566,
                               "source_f1": 0.635},
    "blind_sourcing_13.json": {"quote_f1": 1.000, "speaker_accuracy": 0.770, "speaker_type_accuracy": 0.529,
                               "verb_accuracy": 0.956, "source_precision": 0.643, "source_recall": 0.480,
                               "source_f1": 0.550},
    "blind_sourcing_14.json": {"quote_f1": 0.989, "speaker_accuracy": 0.798, "speaker_type_accuracy": 0.560,
                               "verb_accuracy": 0.978, "source_precision": 0.707, "source_recall": 0.547,
                               "source_f1": 0.617},
    "blind_sourcing_15.json": {"quote_f1": 1.000, "speaker_accuracy": 0.667, "speaker_type_accuracy": 0.593,
                               "verb_accuracy": 0.866, "source_precision": 0.699, "source_recall": 0.513,
                               "source_f1": 0.592},
    "blind_sourcing_16.json": {"quote_f1": 1.000, "speaker_accuracy": 0.809, "speaker_type_accuracy": 0.664,
                               "verb_accuracy": 0.958, "source_precision": 0.687, "source_recall": 0.505,
                               "source_f1": 0.582},
    "blind_sourcing_17.json": {"quote_f1": 1.000, "speaker_accuracy": 0.787, "speaker_type_accuracy": 0.654,
                               "verb_accuracy": 0.948, "source_precision": 0.671, "source_recall": 0.461,
                               "source_f1": 0.547},
    "blind_sourcing_18.json": {"quote_f1": 1.000, "speaker_accuracy": 0.753, "speaker_type_accuracy": 0.664,
                               "verb_accuracy": 0.861, "source_precision": 0.795, "source_recall": 0.614,
                               "source_f1": 0.693},
    "blind_sourcing_19.json": {"quote_f1": 0.984, "speaker_accuracy": 0.770, "speaker_type_accuracy": 0.612,
                               "verb_accuracy": 0.927, "source_precision": 0.807, "source_recall": 0.644,
                               "source_f1": 0.717},
    "blind_sourcing_20.json": {"quote_f1": 1.000, "speaker_accuracy": 0.781, "speaker_type_accuracy": 0.620,
                               "verb_accuracy": 0.891, "source_precision": 0.789, "source_recall": 0.711,
                               "source_f1": 0.748},
    "blind_sourcing_21.json": {"quote_f1": 0.996, "speaker_accuracy": 0.829, "speaker_type_accuracy": 0.651,
                               "verb_accuracy": 0.911, "source_precision": 0.730, "source_recall": 0.658,
                               "source_f1": 0.692},
    "blind_sourcing_22.json": {"quote_f1": 1.000, "speaker_accuracy": 0.736, "speaker_type_accuracy": 0.605,
                               "verb_accuracy": 0.857, "source_precision": 0.685, "source_recall": 0.549,
                               "source_f1": 0.610},
    "blind_sourcing_23.json": {"quote_f1": 1.000, "speaker_accuracy": 0.771, "speaker_type_accuracy": 0.664,
                               "verb_accuracy": 0.904, "source_precision": 0.694, "source_recall": 0.562,
                               "source_f1": 0.621},
    "blind_sourcing_24.json": {"quote_f1": 0.988, "speaker_accuracy": 0.688, "speaker_type_accuracy": 0.696,
                               "verb_accuracy": 0.918, "source_precision": 0.817, "source_recall": 0.620,
                               "source_f1": 0.705},
    "blind_sourcing_25.json": {"quote_f1": 1.000, "speaker_accuracy": 0.796, "speaker_type_accuracy": 0.759,
                               "verb_accuracy": 0.885, "source_precision": 0.759, "source_recall": 0.489,
                               "source_f1": 0.595},
    "blind_sourcing_26.json": {"quote_f1": 1.000, "speaker_accuracy": 0.848, "speaker_type_accuracy": 0.703,
                               "verb_accuracy": 0.903, "source_precision": 0.800, "source_recall": 0.602,
                               "source_f1": 0.687},
    "blind_sourcing_27.json": {"quote_f1": 1.000, "speaker_accuracy": 0.777, "speaker_type_accuracy": 0.649,
                               "verb_accuracy": 0.936, "source_precision": 0.766, "source_recall": 0.551,
                               "source_f1": 0.641},
    "blind_sourcing_28.json": {"quote_f1": 1.000, "speaker_accuracy": 0.740, "speaker_type_accuracy": 0.669,
                               "verb_accuracy": 0.925, "source_precision": 0.842, "source_recall": 0.625,
                               "source_f1": 0.717},
    "blind_sourcing_29.json": {"quote_f1": 1.000, "speaker_accuracy": 0.855, "speaker_type_accuracy": 0.662,
                               "verb_accuracy": 0.929, "source_precision": 0.775, "source_recall": 0.627,
                               "source_f1": 0.693},
    "blind_sourcing_30.json": {"quote_f1": 0.984, "speaker_accuracy": 0.795, "speaker_type_accuracy": 0.662,
                               "verb_accuracy": 0.942, "source_precision": 0.866, "source_recall": 0.646,
                               "source_f1": 0.740},
    "blind_sourcing_31.json": {"quote_f1": 1.000, "speaker_accuracy": 0.755, "speaker_type_accuracy": 0.635,
                               "verb_accuracy": 0.896, "source_precision": 0.818, "source_recall": 0.600,
                               "source_f1": 0.692},
    "blind_sourcing_32.json": {"quote_f1": 1.000, "speaker_accuracy": 0.834, "speaker_type_accuracy": 0.724,
                               "verb_accuracy": 0.941, "source_precision": 0.833, "source_recall": 0.669,
                               "source_f1": 0.742},
    "blind_sourcing_33.json": {"quote_f1": 1.000, "speaker_accuracy": 0.785, "speaker_type_accuracy": 0.722,
                               "verb_accuracy": 0.946, "source_precision": 0.814, "source_recall": 0.572,
                               "source_f1": 0.672},
    "blind_sourcing_34.json": {"quote_f1": 1.000, "speaker_accuracy": 0.829, "speaker_type_accuracy": 0.733,
                               "verb_accuracy": 0.947, "source_precision": 0.802, "source_recall": 0.591,
                               "source_f1": 0.681},
    "blind_sourcing_35.json": {"quote_f1": 1.000, "speaker_accuracy": 0.791, "speaker_type_accuracy": 0.568,
                               "verb_accuracy": 0.980, "source_precision": 0.851, "source_recall": 0.688,
                               "source_f1": 0.761},
    "blind_sourcing_36.json": {"quote_f1": 0.997, "speaker_accuracy": 0.844, "speaker_type_accuracy": 0.713,
                               "verb_accuracy": 0.976, "source_precision": 0.820, "source_recall": 0.594,
                               "source_f1": 0.689},
    "blind_sourcing_37.json": {"quote_f1": 0.990, "speaker_accuracy": 0.874, "speaker_type_accuracy": 0.734,
                               "verb_accuracy": 0.986, "source_precision": 0.794, "source_recall": 0.628,
                               "source_f1": 0.701},
    "blind_sourcing_38.json": {"quote_f1": 1.000, "speaker_accuracy": 0.862, "speaker_type_accuracy": 0.679,
                               "verb_accuracy": 0.922, "source_precision": 0.782, "source_recall": 0.504,
                               "source_f1": 0.613},
    "blind_sourcing_39.json": {"quote_f1": 1.000, "speaker_accuracy": 0.850, "speaker_type_accuracy": 0.739,
                               "verb_accuracy": 0.811, "source_precision": 0.711, "source_recall": 0.623,
                               "source_f1": 0.664},
    "blind_sourcing_40.json": {"quote_f1": 1.000, "speaker_accuracy": 0.829, "speaker_type_accuracy": 0.741,
                               "verb_accuracy": 0.790, "source_precision": 0.888, "source_recall": 0.763,
                               "source_f1": 0.821},
    "blind_sourcing_41.json": {"quote_f1": 1.000, "speaker_accuracy": 0.869, "speaker_type_accuracy": 0.631,
                               "verb_accuracy": 0.740, "source_precision": 0.848, "source_recall": 0.721,
                               "source_f1": 0.779},
    "blind_sourcing_42.json": {"quote_f1": 0.997, "speaker_accuracy": 0.935, "speaker_type_accuracy": 0.755,
                               "verb_accuracy": 0.765, "source_precision": 0.904, "source_recall": 0.712,
                               "source_f1": 0.797},
    "blind_sourcing_43.json": {"quote_f1": 1.000, "speaker_accuracy": 0.885, "speaker_type_accuracy": 0.757,
                               "verb_accuracy": 0.775, "source_precision": 0.897, "source_recall": 0.724,
                               "source_f1": 0.801},
    "blind_sourcing_44.json": {"quote_f1": 0.994, "speaker_accuracy": 0.885, "speaker_type_accuracy": 0.758,
                               "verb_accuracy": 0.772, "source_precision": 0.848, "source_recall": 0.721,
                               "source_f1": 0.779},
    "blind_sourcing_45.json": {"quote_f1": 1.000, "speaker_accuracy": 0.818, "speaker_type_accuracy": 0.606,
                               "verb_accuracy": 0.761, "source_precision": 0.859, "source_recall": 0.763,
                               "source_f1": 0.808},
    "blind_sourcing_46.json": {"quote_f1": 1.000, "speaker_accuracy": 0.850, "speaker_type_accuracy": 0.714,
                               "verb_accuracy": 0.805, "source_precision": 0.854, "source_recall": 0.785,
                               "source_f1": 0.818},
    "blind_sourcing_47.json": {"quote_f1": 0.997, "speaker_accuracy": 0.875, "speaker_type_accuracy": 0.762,
                               "verb_accuracy": 0.817, "source_precision": 0.844, "source_recall": 0.761,
                               "source_f1": 0.800},
    "blind_sourcing_48.json": {"quote_f1": 1.000, "speaker_accuracy": 0.820, "speaker_type_accuracy": 0.727,
                               "verb_accuracy": 0.776, "source_precision": 0.889, "source_recall": 0.839,
                               "source_f1": 0.863},
    "blind_sourcing_49.json": {"quote_f1": 1.000, "speaker_accuracy": 0.888, "speaker_type_accuracy": 0.720,
                               "verb_accuracy": 0.775, "source_precision": 0.828, "source_recall": 0.707,
                               "source_f1": 0.763},
    "blind_sourcing_50.json": {"quote_f1": 1.000, "speaker_accuracy": 0.830, "speaker_type_accuracy": 0.699,
                               "verb_accuracy": 0.800, "source_precision": 0.881, "source_recall": 0.771,
                               "source_f1": 0.822},
    "blind_sourcing_51.json": {"quote_f1": 1.000, "speaker_accuracy": 0.891, "speaker_type_accuracy": 0.744,
                               "verb_accuracy": 0.744, "source_precision": 0.872, "source_recall": 0.787,
                               "source_f1": 0.827},
    "blind_sourcing_52.json": {"quote_f1": 0.993, "speaker_accuracy": 0.759, "speaker_type_accuracy": 0.698,
                               "verb_accuracy": 0.821, "source_precision": 0.760, "source_recall": 0.655,
                               "source_f1": 0.704},
    "blind_sourcing_53.json": {"quote_f1": 1.000, "speaker_accuracy": 0.870, "speaker_type_accuracy": 0.681,
                               "verb_accuracy": 0.794, "source_precision": 0.807, "source_recall": 0.669,
                               "source_f1": 0.731},
    "blind_sourcing_54.json": {"quote_f1": 0.981, "speaker_accuracy": 0.906, "speaker_type_accuracy": 0.686,
                               "verb_accuracy": 0.811, "source_precision": 0.726, "source_recall": 0.620,
                               "source_f1": 0.669},
    "blind_sourcing_55.json": {"quote_f1": 1.000, "speaker_accuracy": 0.877, "speaker_type_accuracy": 0.754,
                               "verb_accuracy": 0.819, "source_precision": 0.831, "source_recall": 0.711,
                               "source_f1": 0.766},
    "blind_sourcing_56.json": {"quote_f1": 1.000, "speaker_accuracy": 0.790, "speaker_type_accuracy": 0.651,
                               "verb_accuracy": 0.755, "source_precision": 0.800, "source_recall": 0.658,
                               "source_f1": 0.722},
    "blind_sourcing_57.json": {"quote_f1": 1.000, "speaker_accuracy": 0.818, "speaker_type_accuracy": 0.747,
                               "verb_accuracy": 0.806, "source_precision": 0.841, "source_recall": 0.722,
                               "source_f1": 0.777},
    "blind_sourcing_58.json": {"quote_f1": 1.000, "speaker_accuracy": 0.823, "speaker_type_accuracy": 0.697,
                               "verb_accuracy": 0.818, "source_precision": 0.819, "source_recall": 0.731,
                               "source_f1": 0.772},
    "blind_sourcing_59.json": {"quote_f1": 1.000, "speaker_accuracy": 0.879, "speaker_type_accuracy": 0.650,
                               "verb_accuracy": 0.797, "source_precision": 0.791, "source_recall": 0.667,
                               "source_f1": 0.723},
    "blind_sourcing_60.json": {"quote_f1": 1.000, "speaker_accuracy": 0.879, "speaker_type_accuracy": 0.715,
                               "verb_accuracy": 0.796, "source_precision": 0.856, "source_recall": 0.739,
                               "source_f1": 0.793},
    "blind_sourcing_61.json": {"quote_f1": 1.000, "speaker_accuracy": 0.929, "speaker_type_accuracy": 0.683,
                               "verb_accuracy": 0.797, "source_precision": 0.865, "source_recall": 0.693,
                               "source_f1": 0.770},
    "blind_sourcing_62.json": {"quote_f1": 1.000, "speaker_accuracy": 0.879, "speaker_type_accuracy": 0.767,
                               "verb_accuracy": 0.797, "source_precision": 0.882, "source_recall": 0.759,
                               "source_f1": 0.816},
    "blind_sourcing_63.json": {"quote_f1": 1.000, "speaker_accuracy": 0.900, "speaker_type_accuracy": 0.756,
                               "verb_accuracy": 0.837, "source_precision": 0.787, "source_recall": 0.690,
                               "source_f1": 0.735},
    "blind_sourcing_64.json": {"quote_f1": 0.995, "speaker_accuracy": 0.859, "speaker_type_accuracy": 0.794,
                               "verb_accuracy": 0.773, "source_precision": 0.804, "source_recall": 0.697,
                               "source_f1": 0.747},
    "blind_sourcing_65.json": {"quote_f1": 1.000, "speaker_accuracy": 0.802, "speaker_type_accuracy": 0.764,
                               "verb_accuracy": 0.826, "source_precision": 0.830, "source_recall": 0.696,
                               "source_f1": 0.757},
    "blind_sourcing_66.json": {"quote_f1": 1.000, "speaker_accuracy": 0.883, "speaker_type_accuracy": 0.724,
                               "verb_accuracy": 0.792, "source_precision": 0.834, "source_recall": 0.691,
                               "source_f1": 0.756},
}
#: Floors: a little under the scores the current rules reach on each set (one more
#: speaker or source error on the smaller sets falls below them); the speaker-type floors
#: (added in round 8) likewise.
FLOORS = {
    "blind_sourcing.json": {"quote_f1": 0.97, "speaker_accuracy": 0.97, "source_f1": 0.90,  # 0.91 before round 50
                            "speaker_type_accuracy": 0.87},
    "blind_sourcing_2.json": {"quote_f1": 0.95, "speaker_accuracy": 0.95, "source_f1": 0.92,
                              "speaker_type_accuracy": 0.78},
    "blind_sourcing_3.json": {"quote_f1": 0.95, "speaker_accuracy": 0.95, "source_f1": 0.90,
                              "speaker_type_accuracy": 0.80},
    "blind_sourcing_4.json": {"quote_f1": 0.95, "speaker_accuracy": 0.95, "source_f1": 0.93,
                              "speaker_type_accuracy": 0.93},
    "blind_sourcing_5.json": {"quote_f1": 0.97, "speaker_accuracy": 0.88, "source_f1": 0.92,
                              "speaker_type_accuracy": 0.79},
    "blind_sourcing_6.json": {"quote_f1": 0.97, "speaker_accuracy": 0.90, "source_f1": 0.91,
                              "speaker_type_accuracy": 0.77},
    "blind_sourcing_7.json": {"quote_f1": 0.97, "speaker_accuracy": 0.85, "source_f1": 0.79,
                              "speaker_type_accuracy": 0.73},
    "blind_sourcing_8.json": {"quote_f1": 0.97, "speaker_accuracy": 0.90, "source_f1": 0.79,
                              "speaker_type_accuracy": 0.84},
    "blind_sourcing_9.json": {"quote_f1": 0.97, "speaker_accuracy": 0.84, "source_f1": 0.90,  # 0.91 before round 160
                              "speaker_type_accuracy": 0.77},
    "blind_sourcing_10.json": {"quote_f1": 0.97, "speaker_accuracy": 0.83, "source_f1": 0.78,
                               "speaker_type_accuracy": 0.74},
    "blind_sourcing_11.json": {"quote_f1": 0.97, "speaker_accuracy": 0.86, "source_f1": 0.81,
                               "speaker_type_accuracy": 0.70},
    "blind_sourcing_12.json": {"quote_f1": 0.97, "speaker_accuracy": 0.82, "source_f1": 0.85,
                               "speaker_type_accuracy": 0.73},
    "blind_sourcing_13.json": {"quote_f1": 0.97, "speaker_accuracy": 0.83, "source_f1": 0.64,
                               "speaker_type_accuracy": 0.59},
    "blind_sourcing_14.json": {"quote_f1": 0.97, "speaker_accuracy": 0.95, "source_f1": 0.89,
                               "speaker_type_accuracy": 0.93},
    "blind_sourcing_15.json": {"quote_f1": 0.97, "speaker_accuracy": 0.70, "source_f1": 0.68,
                               "speaker_type_accuracy": 0.65},
    "blind_sourcing_16.json": {"quote_f1": 0.97, "speaker_accuracy": 0.89, "source_f1": 0.82,
                               "speaker_type_accuracy": 0.67},
    "blind_sourcing_17.json": {"quote_f1": 0.97, "speaker_accuracy": 0.80, "source_f1": 0.81,
                               "speaker_type_accuracy": 0.67},
    "blind_sourcing_18.json": {"quote_f1": 0.97, "speaker_accuracy": 0.82, "source_f1": 0.79,
                               "speaker_type_accuracy": 0.70},
    "blind_sourcing_19.json": {"quote_f1": 0.97, "speaker_accuracy": 0.78, "source_f1": 0.78,
                               "speaker_type_accuracy": 0.65},
    "blind_sourcing_20.json": {"quote_f1": 0.97, "speaker_accuracy": 0.79, "source_f1": 0.79,
                               "speaker_type_accuracy": 0.72},
    "blind_sourcing_21.json": {"quote_f1": 0.97, "speaker_accuracy": 0.85, "source_f1": 0.80,
                               "speaker_type_accuracy": 0.67},
    "blind_sourcing_22.json": {"quote_f1": 0.97, "speaker_accuracy": 0.74, "source_f1": 0.72,
                               "speaker_type_accuracy": 0.58},
    "blind_sourcing_23.json": {"quote_f1": 0.97, "speaker_accuracy": 0.81, "source_f1": 0.62,
                               "speaker_type_accuracy": 0.65},
    "blind_sourcing_24.json": {"quote_f1": 0.97, "speaker_accuracy": 0.74, "source_f1": 0.68,
                               "speaker_type_accuracy": 0.70},
    "blind_sourcing_25.json": {"quote_f1": 0.97, "speaker_accuracy": 0.83, "source_f1": 0.57,
                               "speaker_type_accuracy": 0.75},
    "blind_sourcing_26.json": {"quote_f1": 0.97, "speaker_accuracy": 0.89, "source_f1": 0.67,
                               "speaker_type_accuracy": 0.74},
    "blind_sourcing_27.json": {"quote_f1": 0.97, "speaker_accuracy": 0.84, "source_f1": 0.63,
                               "speaker_type_accuracy": 0.71},
    "blind_sourcing_28.json": {"quote_f1": 0.97, "speaker_accuracy": 0.79, "source_f1": 0.70,
                               "speaker_type_accuracy": 0.67},
    "blind_sourcing_29.json": {"quote_f1": 0.97, "speaker_accuracy": 0.85, "source_f1": 0.67,
                               "speaker_type_accuracy": 0.64},
    "blind_sourcing_30.json": {"quote_f1": 0.97, "speaker_accuracy": 0.80, "source_f1": 0.72,
                               "speaker_type_accuracy": 0.64},
    "blind_sourcing_31.json": {"quote_f1": 0.97, "speaker_accuracy": 0.75, "source_f1": 0.67,
                               "speaker_type_accuracy": 0.64},
    "blind_sourcing_32.json": {"quote_f1": 0.97, "speaker_accuracy": 0.82, "source_f1": 0.72,
                               "speaker_type_accuracy": 0.70},
    "blind_sourcing_33.json": {"quote_f1": 0.97, "speaker_accuracy": 0.77, "source_f1": 0.65,
                               "speaker_type_accuracy": 0.70},
    "blind_sourcing_34.json": {"quote_f1": 0.97, "speaker_accuracy": 0.81, "source_f1": 0.70,
                               "speaker_type_accuracy": 0.71},
    "blind_sourcing_35.json": {"quote_f1": 0.97, "speaker_accuracy": 0.77, "source_f1": 0.74,
                               "speaker_type_accuracy": 0.55},
    "blind_sourcing_36.json": {"quote_f1": 0.97, "speaker_accuracy": 0.82, "source_f1": 0.67,
                               "speaker_type_accuracy": 0.69},
    "blind_sourcing_37.json": {"quote_f1": 0.97, "speaker_accuracy": 0.85, "source_f1": 0.68,
                               "speaker_type_accuracy": 0.71},
    "blind_sourcing_38.json": {"quote_f1": 0.97, "speaker_accuracy": 0.84, "source_f1": 0.59,
                               "speaker_type_accuracy": 0.66},
    "blind_sourcing_39.json": {"quote_f1": 0.97, "speaker_accuracy": 0.86, "source_f1": 0.71,
                               "speaker_type_accuracy": 0.75},
    "blind_sourcing_40.json": {"quote_f1": 0.97, "speaker_accuracy": 0.84, "source_f1": 0.81,
                               "speaker_type_accuracy": 0.74},
    "blind_sourcing_41.json": {"quote_f1": 0.97, "speaker_accuracy": 0.85, "source_f1": 0.79,
                               "speaker_type_accuracy": 0.62},
    "blind_sourcing_42.json": {"quote_f1": 0.97, "speaker_accuracy": 0.92, "source_f1": 0.80,
                               "speaker_type_accuracy": 0.74},
    "blind_sourcing_43.json": {"quote_f1": 0.97, "speaker_accuracy": 0.86, "source_f1": 0.78,
                               "speaker_type_accuracy": 0.73},
    "blind_sourcing_44.json": {"quote_f1": 0.97, "speaker_accuracy": 0.86, "source_f1": 0.75,
                               "speaker_type_accuracy": 0.73},
    "blind_sourcing_45.json": {"quote_f1": 0.97, "speaker_accuracy": 0.79, "source_f1": 0.78,
                               "speaker_type_accuracy": 0.58},
    "blind_sourcing_46.json": {"quote_f1": 0.97, "speaker_accuracy": 0.82, "source_f1": 0.79,
                               "speaker_type_accuracy": 0.69},
    "blind_sourcing_47.json": {"quote_f1": 0.97, "speaker_accuracy": 0.85, "source_f1": 0.77,
                               "speaker_type_accuracy": 0.73},
    "blind_sourcing_48.json": {"quote_f1": 0.97, "speaker_accuracy": 0.79, "source_f1": 0.83,
                               "speaker_type_accuracy": 0.70},
    "blind_sourcing_49.json": {"quote_f1": 0.97, "speaker_accuracy": 0.85, "source_f1": 0.73,
                               "speaker_type_accuracy": 0.69},
    "blind_sourcing_50.json": {"quote_f1": 0.97, "speaker_accuracy": 0.80, "source_f1": 0.79,
                               "speaker_type_accuracy": 0.67},
    "blind_sourcing_51.json": {"quote_f1": 0.97, "speaker_accuracy": 0.86, "source_f1": 0.79,
                               "speaker_type_accuracy": 0.71},
    "blind_sourcing_52.json": {"quote_f1": 0.97, "speaker_accuracy": 0.74, "source_f1": 0.67,
                               "speaker_type_accuracy": 0.66},
    "blind_sourcing_53.json": {"quote_f1": 0.97, "speaker_accuracy": 0.85, "source_f1": 0.70,
                               "speaker_type_accuracy": 0.65},
    "blind_sourcing_54.json": {"quote_f1": 0.97, "speaker_accuracy": 0.88, "source_f1": 0.64,
                               "speaker_type_accuracy": 0.65},
    "blind_sourcing_55.json": {"quote_f1": 0.98, "speaker_accuracy": 0.85, "source_f1": 0.74,
                               "speaker_type_accuracy": 0.73},
    "blind_sourcing_56.json": {"quote_f1": 0.98, "speaker_accuracy": 0.76, "source_f1": 0.69,
                               "speaker_type_accuracy": 0.62},
    "blind_sourcing_57.json": {"quote_f1": 0.98, "speaker_accuracy": 0.79, "source_f1": 0.75,
                               "speaker_type_accuracy": 0.72},
    "blind_sourcing_58.json": {"quote_f1": 0.98, "speaker_accuracy": 0.79, "source_f1": 0.74,
                               "speaker_type_accuracy": 0.67},
    "blind_sourcing_59.json": {"quote_f1": 0.98, "speaker_accuracy": 0.85, "source_f1": 0.70,
                               "speaker_type_accuracy": 0.62},
    "blind_sourcing_60.json": {"quote_f1": 0.98, "speaker_accuracy": 0.85, "source_f1": 0.77,
                               "speaker_type_accuracy": 0.69},    "blind_sourcing_61.json": {"quote_f1": 0.98, "speaker_accuracy": 0.90, "source_f1": 0.75,
                               "speaker_type_accuracy": 0.66},
    "blind_sourcing_62.json": {"quote_f1": 0.98, "speaker_accuracy": 0.85, "source_f1": 0.79,
                               "speaker_type_accuracy": 0.74},
    "blind_sourcing_63.json": {"quote_f1": 0.98, "speaker_accuracy": 0.90, "source_f1": 0.79,
                               "speaker_type_accuracy": 0.79},
    "blind_sourcing_64.json": {"quote_f1": 0.98, "speaker_accuracy": 0.83, "source_f1": 0.75,
                               "speaker_type_accuracy": 0.80},
    "blind_sourcing_65.json": {"quote_f1": 0.98, "speaker_accuracy": 0.82, "source_f1": 0.78,
                               "speaker_type_accuracy": 0.77},
    "blind_sourcing_66.json": {"quote_f1": 0.98, "speaker_accuracy": 0.87, "source_f1": 0.74,
                               "speaker_type_accuracy": 0.76},
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _prf(tp: int, n_found: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp / n_found if n_found else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _load(name: str) -> tuple[list[dict], pd.DataFrame]:
    examples = json.loads((DATA / name).read_text(encoding="utf-8"))
    articles = pd.DataFrame([{"doc_id": e["id"], "outlet": e["style"], "title": "t",
                              "standfirst": e["standfirst"], "text": e["text"]} for e in examples])
    return examples, articles


def _descriptor_heads() -> dict[str, str]:
    table = load_speakers()
    heads = {}
    for row in table.loc[table["kind"].isin(["descriptor", "body descriptor", "body"])].itertuples():
        for alias in [row.canonical, *str(row.aliases or "").split("|")]:
            heads.setdefault(alias.strip().lower(), row.canonical.lower())
    return heads


#: Gendered forms of one description's head, the same head to the scorer ("Kremlin spokesman" for a label "Kremlin
#: spokesperson"; since round 83).
_SAME_HEAD = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
              "chairperson": "chair"}


def _speaker_ok(found: str, gold: str, heads: dict[str, str]) -> bool:
    found, gold = found.strip().lower(), gold.strip().lower()
    if found == gold:
        return True
    head = gold.split()[-1] if gold else ""
    is_description = head in heads
    found_head = [_SAME_HEAD.get(w, w) for w in found.split()[-1:]]
    return is_description and found_head in ([_SAME_HEAD.get(head, head)], [heads[head]])


def score_quotes(name: str) -> dict:
    """Quote P/R/F1, speaker, speaker-type and verb accuracy on one blind set."""
    examples, articles = _load(name)
    found = quotes(articles)
    heads = _descriptor_heads()
    tp = n_found = n_gold = speaker_ok = type_ok = n_speaker = verb_ok = 0
    misses = []
    for example in examples:
        rows = found[found["doc_id"] == example["id"]]
        predicted = {(r.paragraph, _norm(r.quote)): r for r in rows.itertuples()}
        gold = {(g["paragraph"], _norm(g["quote"])): g for g in example["quotes"]}
        n_found, n_gold = n_found + len(predicted), n_gold + len(gold)
        misses += [(example["id"], "missed quote", key[1][:40]) for key in set(gold) - set(predicted)]
        misses += [(example["id"], "extra quote", key[1][:40]) for key in set(predicted) - set(gold)]
        for key in set(gold) & set(predicted):
            row, label = predicted[key], gold[key]
            tp += 1
            verb_ok += row.verb == label["verb"]
            if row.verb != label["verb"]:
                misses.append((example["id"], "verb", label["verb"], row.verb))
            if label["speaker"]:
                n_speaker += 1
                right = _speaker_ok(row.speaker, label["speaker"], heads)
                speaker_ok += right
                type_ok += row.speaker_type == label["speaker_type"]
                if not right:
                    misses.append((example["id"], "speaker", label["speaker"], row.speaker))
    precision, recall, f1 = _prf(tp, n_found, n_gold)
    return {"quote_precision": precision, "quote_recall": recall, "quote_f1": f1,
            "speaker_accuracy": speaker_ok / max(n_speaker, 1), "speaker_type_accuracy": type_ok / max(n_speaker, 1),
            "verb_accuracy": verb_ok / max(tp, 1), "n_quotes": n_gold, "n_with_speaker": n_speaker, "misses": misses}


def score_sources(name: str) -> dict:
    """Cited-source P/R/F1 on (source, kind) pairs and on source names alone."""
    examples, articles = _load(name)
    result = cited_sources(articles)
    found = {(r.doc_id, r.source, r.kind) for r in result.itertuples()}
    gold = {(e["id"], s, k) for e in examples for s, k in e["sources"]}
    scores = dict(zip(("source_precision", "source_recall", "source_f1"),
                      _prf(len(found & gold), len(found), len(gold))))
    names_found, names_gold = {f[:2] for f in found}, {g[:2] for g in gold}
    scores["source_name_f1"] = _prf(len(names_found & names_gold), len(names_found), len(names_gold))[2]
    scores["false_positives"], scores["missed"] = sorted(found - gold), sorted(gold - found)
    return scores


def _report(name: str, quote_scores: dict, source_scores: dict) -> None:
    numbers = {k: v for k, v in {**quote_scores, **source_scores}.items() if isinstance(v, float)}
    print(f"\n{name}: " + " ".join(f"{k}={v:.3f}" for k, v in numbers.items()))
    for item in quote_scores["misses"]:
        print("  quote miss:", item)
    print("  source false positives:", source_scores["false_positives"])
    print("  source missed:", source_scores["missed"])


@pytest.mark.parametrize("name", SETS)
def test_blind_set_stays_above_its_floor(name):
    quote_scores, source_scores = score_quotes(name), score_sources(name)
    _report(name, quote_scores, source_scores)
    floor = FLOORS[name]
    assert quote_scores["quote_f1"] >= floor["quote_f1"]
    assert quote_scores["speaker_accuracy"] >= floor["speaker_accuracy"]
    assert source_scores["source_f1"] >= floor["source_f1"]
    assert quote_scores["speaker_type_accuracy"] >= floor["speaker_type_accuracy"]


def test_speaker_matching_rule_by_hand():
    heads = {"spokeswoman": "official", "official": "official", "rescuer": "rescuer"}
    assert _speaker_ok("Ben Wallace", "ben wallace", heads)
    assert _speaker_ok("official", "spokeswoman", heads)
    assert _speaker_ok("senior official", "senior defense official", heads)
    assert not _speaker_ok("Boris Johnson", "Ben Wallace", heads)
    assert not _speaker_ok("", "rescuer", heads)
    assert _speaker_ok("Kremlin spokesman", "Kremlin spokesperson", {"spokesperson": "official"})
    assert _speaker_ok("agency spokesperson", "Agency spokeswoman", {"spokeswoman": "official"})
    assert not _speaker_ok("Kremlin prosecutor", "Kremlin spokesperson", {"spokesperson": "official"})
