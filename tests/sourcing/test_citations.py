"""Tests for analysis.sourcing.citations: cited sources, image credits, the citation graph."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.sourcing.citations import KINDS, citation_graph, cited_sources, load_registry, media_reliance

#: Cited-source F1 the issue asks for.
F1_AIM = 0.90

# Hand-written paragraphs in the styles of several outlets, each with the
# (source, kind) pairs a careful reader marks as cited sources. People are not
# sources here (they belong to quotes()), nor are places used for governments.
LABELLED = [
    ("Zelensky said the troops would get no rest, as per Sky News.", {("Sky News", "news outlet")}),
    ("The UK Ministry of Defence said in its daily update that the convoy had stalled.",
     {("UK Ministry of Defence", "government body")}),
    ("A senior US official told the New York Times that morale was collapsing.",
     {("New York Times", "news outlet")}),
    ("Most residents had fled, according to Pavlo Kyrylenko, the governor of the Donetsk region.", set()),
    ("The town was wiped out, The Sun reported.", {("The Sun", "news outlet")}),
    ("As cited by The Sun, the pilot addressed all regiments of the army.", {("The Sun", "news outlet")}),
    ("State news agency TASS quoted Russia's defence ministry as saying the troops had regrouped.",
     {("TASS", "news agency"), ("Russian Ministry of Defence", "government body")}),
    ("Al Jazeera's Gabriel Elisondo, reporting from Kyiv, said the city had fallen.",
     {("Al Jazeera", "news outlet")}),
    ("The clip, shared on Twitter, has been viewed two million times.", {("Twitter", "social platform")}),
    ("Several videos were posted on a Telegram channel run by the interior ministry.",
     {("Telegram", "social platform")}),
    ("The footage first appeared on TikTok before spreading to Instagram.",
     {("TikTok", "social platform"), ("Instagram", "social platform")}),
    ("Residents have resisted the occupation since March, as per Newsweek via MSN.",
     {("Newsweek", "news outlet"), ("MSN", "news outlet")}),
    ("The figures could not be independently verified by Reuters.", {("Reuters", "news agency")}),
    ("Kremlin spokesman Dmitry Peskov said the operation was going to plan.",
     {("Kremlin", "government body")}),
    ("The UN Refugee Agency reported on Thursday that a million people had fled.",
     {("UNHCR", "international organisation")}),
    ("According to the Kyiv School of Economics, damage to infrastructure exceeds $100bn.",
     {("Kyiv School of Economics", "unknown")}),
    ("Recordings obtained by intelligence firm ShadowBreak suggest units are in disarray.",
     {("ShadowBreak", "company")}),
    ("In an interview with CNN, the president said: 'I'm not iconic.'", {("CNN", "news outlet")}),
    ("Speaking to the BBC, the mayor described the shelling as relentless.", {("BBC", "news outlet")}),
    ("The agency said the blast was heard across the city.", set()),
    ("Nato leaders will meet in Brussels next week to discuss the crisis.", set()),
    ("The sun rose over Kharkiv as the shelling stopped.", set()),
    ("The Pentagon said on Monday it had seen no sign of a withdrawal.", {("Pentagon", "government body")}),
    ("The World Health Organization warned of shortages of oxygen in hospitals.",
     {("World Health Organization", "international organisation")}),
    ("Police told AFP that four people had died.", {("AFP", "news agency")}),
    ("He told reporters in Moscow that talks had stalled.", set()),
    ("The Red Cross confirmed its staff had reached the city.",
     {("International Committee of the Red Cross", "international organisation")}),
    ("According to Ukrinform, the bridge was destroyed overnight.", {("Ukrinform", "news agency")}),
    ("Interfax-Ukraine news agency reported explosions near the airport.",
     {("Interfax-Ukraine", "news agency")}),
    ("A statement from the Ukrainian Navy said two ships had been hit.",
     {("Ukrainian Navy", "unknown")}),
    ("Russia's foreign ministry said the sanctions would not change its course.",
     {("Russian Ministry of Foreign Affairs", "government body")}),
    ("He posted a video of the ruins to his YouTube channel.", {("YouTube", "social platform")}),
    ("Ukraine says Russia has lost thousands of soldiers.", set()),
    ("According to reports, the convoy has stalled north of the capital.", set()),
    ("The Guardian's defence editor wrote that the offensive had stalled.", {("The Guardian", "news outlet")}),
    ("Writing in The Telegraph, the former general argued for more weapons.",
     {("The Telegraph", "news outlet")}),
    ("The European Union announced a fresh round of sanctions on Monday.",
     {("European Union", "international organisation")}),
    ("The soldiers spoke to journalists at the Interfax Ukraine News Agency.",
     {("Interfax-Ukraine", "news agency")}),
    # Written after the rules, as a check on unseen phrasing.
    ("Ukrainian officials told Ukrainska Pravda that the bridge had been hit twice.",
     {("Ukrainska Pravda", "news outlet")}),
    ("Images released by the Ukrainian General Staff appear to show burnt-out tanks.",
     {("General Staff of the Armed Forces of Ukraine", "government body")}),
    ("The report, first published by Bloomberg, cited three people familiar with the matter.",
     {("Bloomberg", "news outlet")}),
    ("Speaking on Sunday, Boris Johnson said Britain would send more aid.", set()),
    ("RIA Novosti said the strikes had hit military targets only.", {("RIA Novosti", "news agency")}),
    ("The IAEA said it had lost contact with monitoring systems at the plant.",
     {("International Atomic Energy Agency", "international organisation")}),
    ("A spokesperson for the Foreign Office said the embassy had been moved to Lviv.",
     {("Foreign Office", "government body")}),
    ("In a post on Facebook, the mayor urged residents to stay in shelters.",
     {("Facebook", "social platform")}),
]


# Three further batches, each written and scored *before* the rules were revised
# for it (first-run F1: batch 2 0.69, batch 3 0.87, batch 4 0.84 — datelines,
# "with inputs from"); kept as regression cases. Unknown names are reported
# without a leading "The".
LABELLED_BATCH_2 = [
    ("Vladimir Putin told the UN Security Council that the operation would continue.", set()),
    ("Zelensky told CNN's Fareed Zakaria that he was ready to meet Putin.", {("CNN", "news outlet")}),
    ("Twitter was blocked in Russia on Friday, days after Facebook.", set()),
    ("The Kremlin denied the report, calling it fake news.", {("Kremlin", "government body")}),
    ("In a Telegram post, the governor urged residents to leave.", {("Telegram", "social platform")}),
    ("The claim could not be verified, the BBC said.", {("BBC", "news outlet")}),
    ("Satellite images from Maxar Technologies show a 40-mile convoy.", {("Maxar Technologies", "unknown")}),
    ("The Associated Press reported that at least 12 civilians were killed.", {("Associated Press", "news agency")}),
    ("Britain's Ministry of Defence said in an intelligence update on Sunday that Russian forces had stalled.", {("UK Ministry of Defence", "government body")}),
    ("Speaking to Ukrainian broadcaster Suspilne, the mayor said the city was surrounded.", {("Suspilne", "news outlet")}),
    ("The UN human rights office said it had recorded 1,035 civilian deaths.", {("OHCHR", "international organisation")}),
    ("Reporting by Reuters; editing by John Smith.", {("Reuters", "news agency")}),
    ("Nato secretary general Jens Stoltenberg said the alliance would not send troops.", {("NATO", "international organisation")}),
    ("The president was speaking at the European Parliament in Brussels.", set()),
    ("Ukraine's General Staff said on Facebook that Russian troops had been pushed back.", {("General Staff of the Armed Forces of Ukraine", "government body"), ("Facebook", "social platform")}),
    ("The Washington Post first reported the meeting, citing two officials.", {("Washington Post", "news outlet")}),
]
LABELLED_BATCH_3 = [
    ("Mariupol's city council said on Telegram that 2,300 people had been killed.", {("Telegram", "social platform")}),
    # the registry holds the Ukrainian Air Force (a government body) since the fifth blind set
    ("According to the Ukrainian Air Force, four cruise missiles were shot down overnight.",
     {("Ukrainian Air Force", "government body")}),
    ("Russian state media outlet RIA Novosti published a video of the strike.", {("RIA Novosti", "news agency")}),
    ("A Pentagon spokesman, John Kirby, told reporters the convoy remained stalled.", {("Pentagon", "government body")}),
    ("The findings were first reported by the Financial Times.", {("Financial Times", "news outlet")}),
    ("Oleksiy Arestovych, an adviser to Zelensky, said the city would hold.", set()),
    ("The Guardian has contacted the Russian embassy for comment.", set()),
    ("Footage verified by BBC Verify shows the bridge collapsing.", {("BBC", "news outlet")}),
    ("Data from the UN refugee agency shows 3.7 million people have fled.", {("UNHCR", "international organisation")}),
    ("Interfax news agency quoted a defence source as saying talks would resume.", {("Interfax", "news agency")}),
    ("Ukrainska Pravda reported that the talks had collapsed, citing sources in the presidential office.", {("Ukrainska Pravda", "news outlet")}),
    ("Pictures shared on Instagram show the damaged theatre.", {("Instagram", "social platform")}),
    ("Germany's chancellor Olaf Scholz told the Bundestag that Berlin would send weapons.", set()),
    ("As reported by Sky News, the explosions were heard across Lviv.", {("Sky News", "news outlet")}),
    # the World Bank is in the registry since round 62 (labelled "unknown" before, as a name missing from it)
    ("The World Bank estimated that Ukraine's economy would shrink by 45 per cent.", {("World Bank", "international organisation")}),
    ("Dozens of people were killed, Ukraine's prosecutor general's office said in a statement.", {("Ukraine's prosecutor general's office", "government body")}),
]

LABELLED_BATCH_4 = [
    ("KYIV, March 5 (Reuters) - Russian forces resumed shelling of Mariupol, the city's mayor said.", {("Reuters", "news agency")}),
    ("(With inputs from PTI)", {("Press Trust of India", "news agency")}),
    ("The Russian defence ministry, quoted by RIA Novosti, said 498 servicemen had died.", {("Russian Ministry of Defence", "government body"), ("RIA Novosti", "news agency")}),
    ("In a statement on its website, the International Committee of the Red Cross said the evacuation had failed.", {("International Committee of the Red Cross", "international organisation")}),
    ("Zelensky's remarks were broadcast on national television.", set()),
    # "Daily …" names a news outlet by its own words since round 50 (labelled "unknown" before)
    ("The Daily Beast was the first to report the defection.", {("Daily Beast", "news outlet")}),
    ("A video circulating on TikTok appears to show tanks moving through Kherson.", {("TikTok", "social platform")}),
    ("The ministry of foreign affairs of Russia later confirmed the talks.", set()),
    ("Residents told the Kyiv Independent that water supplies had run out.", {("Kyiv Independent", "news outlet")}),
    ("NEW DELHI: India abstained from the UN vote, officials said.", set()),
    ("The Institute for the Study of War said Russian forces were likely to attempt an encirclement.", {("Institute for the Study of War", "company")}),
    ("Britain's defence intelligence said Russia had likely committed 95 per cent of its forces.", set()),
    ("According to Ukrinform, citing the regional administration, two people were injured.", {("Ukrinform", "news agency")}),
    ("Shares in Gazprom fell 5 per cent, Bloomberg data showed.", {("Bloomberg", "news outlet")}),
    ("The Pope said he was praying for peace in Ukraine.", set()),
    ("Getty Images photographer Chris McGrath captured the scene in Irpin.", set()),
]


def _articles(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": [f"d{i:03d}" for i in range(len(texts))],
        "outlet": ["Test outlet"] * len(texts),
        "title": ["t"] * len(texts),
        "standfirst": [""] * len(texts),
        "text": texts,
    })


def _scores(found: set, expected: set) -> tuple[float, float, float]:
    tp = len(found & expected)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(expected) if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _score_batch(labelled: list) -> tuple[float, float, float, set, set]:
    articles = _articles([text for text, _ in labelled])
    result = cited_sources(articles)
    found = {(r.doc_id, r.source, r.kind) for r in result.itertuples()}
    expected = {(f"d{i:03d}", s, k) for i, (_, pairs) in enumerate(labelled) for s, k in pairs}
    return (*_scores(found, expected), found - expected, expected - found)


@pytest.mark.parametrize(
    ("name", "labelled"),
    [("batch 1", LABELLED), ("batch 2", LABELLED_BATCH_2), ("batch 3", LABELLED_BATCH_3),
     ("batch 4", LABELLED_BATCH_4)],
)
def test_labelled_paragraphs_reach_the_f1_aim(name, labelled):
    precision, recall, f1, false_pos, missed = _score_batch(labelled)
    print(f"\ncited sources, {name} ({len(labelled)} paragraphs): "
          f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}")
    print("  false positives:", sorted(false_pos))
    print("  missed:", sorted(missed))
    assert f1 >= F1_AIM


@pytest.mark.parametrize(
    ("line", "source", "cue"),
    [
        ("Featured Image Credit: Alamy", "Alamy", "Featured Image Credit:"),
        ("(Photo : DIMITAR DILKOFF)", "Dimitar Dilkoff", "Photo :"),
        ("Evacuees cross a bridge in Irpin. (Photo by Dimitar DILKOFF / AFP)", "AFP", "/ AFP"),
        ("Volodymyr Zelenskyy (Alamy)", "Alamy", "(Alamy)"),
        ("Alamy", "Alamy", ""),
        ("Credit: Getty Images", "Getty Images", "Credit:"),
    ],
)
def test_image_credits_are_read_from_page_lines(line, source, cue):
    articles = _articles(["A body paragraph with no citation at all."])
    lines = pd.DataFrame({"doc_id": ["d000"], "line_no": [7], "label": ["caption"], "text": [line]})
    result = cited_sources(articles, lines=lines)
    credits = result.loc[result["kind"].eq("image credit")]
    assert list(zip(credits["source"], credits["cue"])) == [(source, cue)]
    assert credits["line_no"].tolist() == [7]


def test_captions_are_searched_for_citations_but_other_page_lines_are_not():
    articles = _articles(["Nothing cited here."])
    lines = pd.DataFrame({
        "doc_id": ["d000"] * 2, "line_no": [12, 40], "label": ["caption", "boilerplate"],
        "text": ["Soldiers speaking in video posted to the security service's Facebook page",
                 "Follow us on Facebook and Instagram"],
    })
    result = cited_sources(articles, lines=lines)
    assert result[["source", "kind", "line_no"]].values.tolist() == [["Facebook", "social platform", 12]]
    assert result["paragraph"].isna().all()


def test_navigation_lines_naming_platforms_are_not_credits():
    articles = _articles(["Nothing cited here."])
    lines = pd.DataFrame({"doc_id": ["d000"] * 3, "line_no": [1, 2, 3], "label": ["boilerplate"] * 3,
                          "text": ["Facebook", "• LADbible", "Photo: A soldier looks on as evacuees cross "
                                   "a destroyed bridge northwest of the capital on Monday"]})
    assert cited_sources(articles, lines=lines).empty


def test_repeated_credit_lines_count_once():
    articles = _articles(["Nothing cited here."])
    lines = pd.DataFrame({"doc_id": ["d000", "d000"], "line_no": [26, 27], "label": ["caption"] * 2,
                          "text": ["Volodymyr Zelenskyy (Alamy)", "Volodymyr Zelenskyy (Alamy)"]})
    assert len(cited_sources(articles, lines=lines)) == 1


def test_contract_columns_types_and_order():
    articles = _articles(["Nothing here.", "The Sun reported it.\n\nTASS reported it too, as per Reuters."])
    articles["standfirst"] = ["", "According to the BBC, it happened."]
    result = cited_sources(articles)
    assert list(result.columns) == ["doc_id", "outlet", "paragraph", "line_no", "source", "kind", "cue", "evidence"]
    assert result[["paragraph", "source"]].values.tolist() == [[0, "BBC"], [1, "The Sun"], [2, "TASS"], [2, "Reuters"]]
    assert set(result["kind"]) <= set(KINDS)
    assert result["evidence"].iloc[3] == "TASS reported it too, as per Reuters."


def test_input_is_not_mutated():
    articles = _articles(["The Sun reported it."])
    before = articles.copy()
    cited_sources(articles)
    pd.testing.assert_frame_equal(articles, before)


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['text'\].*present"):
        cited_sources(pd.DataFrame({"doc_id": ["a"], "outlet": ["o"]}))


def test_bad_registry_kind_is_named(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("canonical,aliases,kind,notes\nFoo,,newspaper,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'Foo' has kind 'newspaper'"):
        load_registry(path)


def test_alias_shared_by_two_rows_warns(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("canonical,aliases,kind,notes\nThe Sun,Sun,news outlet,\nSun News,Sun,news outlet,\n",
                    encoding="utf-8")
    with pytest.warns(UserWarning, match="alias 'Sun' of 'Sun News' already names 'The Sun'"):
        load_registry(path)


def test_lines_of_unknown_articles_warn():
    lines = pd.DataFrame({"doc_id": ["zzz"], "line_no": [1], "label": ["caption"], "text": ["Credit: Alamy"]})
    with pytest.warns(UserWarning, match="not in articles"):
        result = cited_sources(_articles(["Nothing."]), lines=lines)
    assert result.empty


def test_user_registry_adds_a_source(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("# my registry\ncanonical,aliases,kind,notes\nMeduza,Медуза,news outlet,\n", encoding="utf-8")
    result = cited_sources(_articles(["The figures come from Meduza, according to Meduza."]), registry=path)
    assert result[["source", "kind", "cue"]].values.tolist() == [["Meduza", "news outlet", "according to"]]


def test_shipped_registry_has_the_general_set():
    registry = load_registry()
    names = set(registry["canonical"])
    for name in ("The Sun", "Daily Mail", "The Telegraph", "Sky News", "CNN", "BBC", "Newsweek", "MSN",
                 "New York Times", "Al Jazeera", "The Guardian", "Reuters", "Associated Press", "AFP", "TASS",
                 "Interfax", "Interfax-Ukraine", "RIA Novosti", "Ukrinform", "PA Media", "UK Ministry of Defence",
                 "Ukrainian Ministry of Defence", "Russian Ministry of Defence", "Pentagon", "Kremlin",
                 "United Nations", "UNHCR", "International Committee of the Red Cross", "NATO", "European Union",
                 "World Health Organization", "Twitter", "Telegram", "Facebook", "YouTube", "TikTok",
                 "Instagram", "Alamy", "Getty Images", "Shutterstock", "EPA", "AP Photo"):
        assert name in names, name
    assert not registry["canonical"].duplicated().any()


def test_citation_graph_counts_citations_and_articles():
    sources = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c", "c"],
        "outlet": ["X", "X", "X", "Y", "Y"],
        "source": ["The Sun", "The Sun", "The Sun", "Alamy", "TASS"],
        "kind": ["news outlet", "news outlet", "news outlet", "image credit", "news agency"],
    })
    edges = citation_graph(sources)
    assert edges.values.tolist() == [
        ["X", "The Sun", "news outlet", 3, 2],
        ["Y", "Alamy", "image credit", 1, 1],
        ["Y", "TASS", "news agency", 1, 1],
    ]
    assert citation_graph(sources, kinds=("news agency",))["source"].tolist() == ["TASS"]
    with pytest.raises(ValueError, match="not known"):
        citation_graph(sources, kinds=("newspaper",))


def test_bundled_corpus_credits_named_in_the_corpus_readme():
    articles = analysis.load_corpus()
    found = cited_sources(articles).groupby("doc_id")["source"].agg(set)
    expected = {  # from data README: who each file credits in its text
        "000": {"Sky News", "CNN"},
        "002": {"TASS", "Al Jazeera"},
        "003": {"Daily Mail", "The Sun", "Newsweek", "MSN"},
        "004": {"The Sun"},
    }
    for prefix, names in expected.items():
        doc = next(d for d in found.index if d.startswith(prefix))
        assert names <= found[doc], (prefix, names - found[doc])


def test_bundled_corpus_image_credits_from_page_lines():
    articles = analysis.load_corpus()
    credits = cited_sources(articles, lines=analysis.load_lines())
    credits = credits.loc[credits["kind"].eq("image credit")]
    found = credits.assign(prefix=credits["doc_id"].str[:3]).groupby("prefix")["source"].agg(set).to_dict()
    # read off the raw files: 000 "Featured Image Credit: Alamy", "(Alamy)"; 003 "(Photo : DIMITAR
    # DILKOFF)", "(Photo by Dimitar DILKOFF / AFP)"; 004 a bare "Alamy" line, "Featured Image Credit: Interfax"
    assert found == {"000": {"Alamy"}, "003": {"Dimitar Dilkoff", "AFP"}, "004": {"Alamy", "Interfax"}}


def test_article_without_text_warns():
    articles = _articles(["The Sun reported it.", "x"])
    articles.loc[1, "text"] = None
    with pytest.warns(UserWarning, match=r"no text.*d001"):
        result = cited_sources(articles)
    assert result["source"].tolist() == ["The Sun"]


def test_unknown_name_takes_the_kind_its_descriptor_gave_in_the_same_article():
    text = ("Material obtained by intelligence firm ShadowBreak was reviewed.\n\n"
            "Another recording obtained by ShadowBreak is said to reveal a soldier in tears.")
    result = cited_sources(_articles([text, "A recording obtained by ShadowBreak."]))
    assert result[["doc_id", "source", "kind"]].values.tolist() == [
        ["d000", "ShadowBreak", "company"], ["d000", "ShadowBreak", "company"], ["d001", "ShadowBreak", "unknown"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("A woman walks past a destroyed building. (AP Photo/Evgeniy Maloletka)",
     {("Associated Press", "image credit")}),
    ("Servicemen fire a howitzer near Bakhmut. Aris Messinis/AFP via Getty Images",
     {("AFP", "image credit"), ("Getty Images", "image credit")}),
    ("BERLIN (dpa) - The chancellor rejected the calls.", {("dpa", "news agency")}),
    ("The claims were repeated on Sunday, citing U.S. officials.", set()),
    ("\"Nobody wants this,\" she told the Echo.", {("Echo", "news outlet")}),
    ("Oil rose on Monday, analysts at Goldman Sachs said in a note.", {("Goldman Sachs", "company")}),
    ("\"No mobilisation,\" Peskov was quoted as saying by the Interfax news agency.", {("Interfax", "news agency")}),
    ("\"Russia will pay,\" the minister posted on X.", {("Twitter", "social platform")}),
    ("Russia's foreign ministry dismissed the reports.", {("Russian Ministry of Foreign Affairs", "government body")}),
    ("'We are concerned,' said Liz Throssell, a spokesperson for the UN human rights office.",
     {("OHCHR", "international organisation")}),
])
def test_citation_patterns_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


def test_media_reliance_counts_media_citations_by_hand():
    articles = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "n_paragraphs": [4, 2]})
    sources = pd.DataFrame({
        "doc_id": ["a", "a", "a", "a", "b"],
        "outlet": ["X", "X", "X", "X", "Y"],
        "paragraph": pd.array([1, 1, 3, pd.NA, 2], dtype="Int64"),
        "source": ["Reuters", "The Sun", "Reuters", "Alamy", "UN"],
        "kind": ["news agency", "news outlet", "news agency", "image credit", "international organisation"],
    })
    table = media_reliance(sources, articles).set_index("outlet")
    # X: three media citations (Reuters twice, The Sun) in paragraphs 1 and 3 of its 4; Y cites no media.
    assert table.loc["X", ["n_media_citations", "n_media", "n_paragraphs_citing"]].tolist() == [3, 2, 2]
    assert table.loc["X", "share_paragraphs_citing"] == 0.5
    assert table.loc["X", "media"] == "Reuters, The Sun"
    assert table.loc["Y", ["n_media_citations", "share_paragraphs_citing", "media"]].tolist() == [0, 0.0, ""]


# --------------------------------------------------------------------------- organisations missing from the registry


@pytest.mark.parametrize(("text", "expected"), [
    # a one-word name that a later "the company" refers back to speaks as an organisation
    ("Siemens said on Tuesday that orders had risen. \"Demand is broad,\" the company said.",
     {("Siemens", "unknown")}),
    # an acronym or brand before a reporting verb
    ("\"We will strike,\" the RCN said.", {("RCN", "unknown")}),
    ("DeepMind announced a new model on Friday.", {("DeepMind", "unknown")}),
    # a statement is issued by a body; a "which" clause describes one
    ("Hezbollah said in a statement that two fighters were killed.", {("Hezbollah", "unknown")}),
    # a spokesperson speaks for the body named before the role
    ("\"We do not comment on rumours,\" a Siemens spokeswoman told Reuters.",
     {("Siemens", "unknown"), ("Reuters", "news agency")}),
    # the name itself gives the kind
    ("Acme Freight Corporation said profits fell.", {("Acme Freight Corporation", "company")}),
    ("Prices rose 3%, according to the Zambian Ministry of Energy.", {("Zambian Ministry of Energy", "government body")}),
    ("The deal was first reported by Lakeview News.", {("Lakeview News", "news outlet")}),
    # not organisations: a surname of someone named in full, a pronoun-like plural, a bare city
    ("Anna Berg runs the clinic. Berg said in a statement that it would close.", set()),
    ("Others have noted how young the man is.", set()),
    ("McCarthy said he was confident.", set()),
    ("JPMorgan said it expected two rate cuts.", {("JPMorgan", "unknown")}),
    ("Kyiv claims the village was retaken.", set()),
    # round 32: a chamber, a movement, a party or a sports body that speaks
    ("The Edmonton Chamber of Commerce said in a statement that the increase was too high.",
     {("Edmonton Chamber of Commerce", "unknown")}),
    ("Rugby Australia said in a statement that he would be assessed on Monday.", {("Rugby Australia", "unknown")}),
    # round 33: airports, colleges, laboratories, directorates and trades that name companies; a transport
    # authority and a public board are state bodies, a sports board is not; a portfolio between a title and a
    # name keeps the name a person
    ("Gatwick Airport said flights would resume by noon.", {("Gatwick Airport", "unknown")}),
    ("The Royal College of Midwives said the shortfall was dangerous.", {("Royal College of Midwives", "unknown")}),
    ("Northwind Therapeutics said the trial had met its main goal.", {("Northwind Therapeutics", "company")}),
    ("Transport for London said the line would reopen on Friday.", {("Transport for London", "government body")}),
    ("The Kenya Tea Board said exports fell by a fifth.", {("Kenya Tea Board", "government body")}),
    ("The Sri Lanka Cricket Board said the tour would go ahead.", {("Sri Lanka Cricket Board", "unknown")}),
    ("Minister of Energy Tomas Varga said prices would fall.", set()),
    ("The ANC’s Youth League said it would march on Monday.", {("Youth League", "unknown")}),
    ("The People’s Union for Democratic Rights said the arrests were unlawful.",
     {("People’s Union for Democratic Rights", "unknown")}),
    # round 35: a company's trade before its name gives the kind; a body's seat between it and its verb; a
    # sentence opener before a name is none of it; "General" before an organisation word opens a body; a portfolio
    # before a place's name is a state body, an embassy is one
    ("Carmaker Velora Motors said deliveries would slip.", {("Velora Motors", "company")}),
    ("The Met Service in Wellington said the front would pass overnight.",
     {("Met Service", "government body")}),  # round 107: a "… Service" is a public one
    ("But Northlink Ferries, the island's ferry company, warned of delays.", {("Northlink Ferries", "company")}),
    ("According to the General Directorate of Migration, 4,000 people crossed.",
     {("General Directorate of Migration", "government body")}),
    ("In a statement, Transport Canada said the rule would take effect in May.",
     {("Transport Canada", "government body")}),
    ("The Health Minister said the wards were full.", set()),
    ("The Norwegian Embassy said it was aware of the case.", {("Norwegian Embassy", "government body")}),
    # round 38: "its" after the verb shows a body; a compound describing a name is none of it; an association
    # is a body; an acronym may be spelt by a name's words after its first
    ("Harbour Rescue Alliance says its crews pulled six people from the water.",
     {("Harbour Rescue Alliance", "unknown")}),
    ("Tovey Lane says its crews pulled six people from the water.", {("Tovey Lane", "unknown")}),
    ("The Labour-led Civic Front said it would table a motion.", {("Civic Front", "unknown")}),
    ("Ndovu Growers, the national farmers' association, said prices were too low.",
     {("Ndovu Growers", "unknown")}),
    ("Hunters need a licence issued by the Vermont Department of Fish and Wildlife. DFW said the count was a record.",
     {("Vermont Department of Fish and Wildlife", "government body")}),
    # round 46: a statistics office by its description, also with modifiers between name and verb; an officer's
    # title opening a body's name is none of it; a photographer "for" an outlet credits the outlet
    ("Inflation slowed, the INDEC national statistics bureau reported on Tuesday.", {("INDEC", "government body")}),
    ("The General Secretary of the Ghana Association of Small Miners, Alhaji Issah, said licensed miners suffer.",
     {("Ghana Association of Small Miners", "unknown")}),
    ("Photo: Rory Delacroix for ProPublica", {("ProPublica", "image credit")}),
    ("Photo: Imran Ali/Kestrel Star", {("Kestrel Star", "image credit")}),  # round 58: two person-like names
    ("The truck fell. (Kestrel Democrat-Gazette/Dale Whitfield)", {("Kestrel Democrat-Gazette", "image credit")}),
    # round 65: a rank before a military photographer; a comma, dash or pipe parting a bracketed credit before a
    # medium or body; a translation in brackets is no credit
    ("Soldiers train in Germany. (Pvt. Ethan Moor-Lake/U.S. Army)", {("U.S. Army", "image credit")}),
    ("Crews work on Wednesday. (Scott G Winterton-Price, Kestrel News)", {("Kestrel News", "image credit")}),
    ("Troops at the border. ( Halil Demir - Anadolu Agency )", {("Anadolu Agency", "image credit")}),
    ("He replied: \"Wala po.\" (None, Your Honor.)", set()),
    # round 68: a colon in a bracketed credit; a comma in a labelled one before a medium; a given name of two syllables
    ("A dry paddock near Kimba. (ABC News: Tessa Marlow)", {("ABC News", "image credit")}),
    ("Photo: Lin Pei-chen, Kestrel Times", {("Kestrel Times", "image credit")}),
    # round 47: "<Name> data shows" at a sentence's start cites the name; emergency management offices and
    # "Fire and Rescue" are state bodies, and a "Director" before a name makes a person
    ("Ontario Health data shows 11 rural birthing units have closed.", {("Ontario Health", "government body")}),
    ("Federal Trade Commission records show the agency has brought nine cases.",
     {("Federal Trade Commission", "government body")}),
    ("Utah County Emergency Management said the canal would stay shut.",
     {("Utah County Emergency Management", "government body")}),
    ("Hancock County Emergency Management Director Rupert Lane said crews were out.",
     {("Hancock County Emergency Management", "government body")}),
    # round 48: a person's role "at" a firm describes the person, not a body; hyphenated titles and a title's
    # modifier ("Executive Director") are no part of the body before them
    ("Paul Quintal, an analyst at Toronto investment firm Harbourline Markets, wrote that more cuts were coming.",
     set()),
    ("In a statement, Regional Transit Authority Executive Director Leanne Okafor said ridership was up.",
     {("Regional Transit Authority", "government body")}),
    ("Energy Administration Director-General Lin Yi-hsuan told reporters that prices would rise.",
     {("Energy Administration", "government body")}),
    # round 49: a dotted abbreviation ("U.S.", "S.C.") or legal form ("Inc.", "Co.", ", Ltd.") keeps its full stop
    # inside a name; the US's or UK's army is a state body; a council's mayor or leader speaks for it
    ("Dredging was delayed a year, the U.S. Army Corps of Engineers said Monday.",
     {("U.S. Army Corps of Engineers", "government body")}),
    ("Halvorsen Dynamics Inc. said in a statement that its interceptor was ready.",
     {("Halvorsen Dynamics Inc.", "company")}),
    ("Kestrel Rail Co. said trains resumed after about 40 minutes.", {("Kestrel Rail Co.", "company")}),
    ("Dongfeng Battery Co., Ltd., the country's top maker, said its sales doubled.",
     {("Dongfeng Battery Co., Ltd.", "company")}),
    ("A spokesman for the S.C. Department of Coastal Services said the agency was watching.",
     {("S.C. Department of Coastal Services", "government body")}),
    ("Tairoa District Council mayor Andrea Whare said the region was cut off.",
     {("Tairoa District Council", "government body")}),
    ("Calverdale Council leader Coun Helen Marsh said the town was ready.",
     {("Calverdale Council", "government body")}),
    ("Labour leader Keir Starmer said the plan was wrong.", set()),
    # round 50: "the company" refers back to no union; kinds by "Daily …", "Supervisory", a compass council; "St.";
    # the verb before the officer; a modifier or acronym before "data show"; "said it had" shows a body
    ("The Kestrel Electrical Workers Union (KEWU) called the strike. Customers can still pay, the company said.",
     {("Kestrel Electrical Workers Union", "unknown")}),
    ("Pilots walked out, the Daily Kestrel reported.", {("Daily Kestrel", "news outlet")}),
    ("The Financial Supervisory Service said the bank broke the rules.",
     {("Financial Supervisory Service", "government body")}),
    ("North Kestrelshire Council said the count would resume.", {("North Kestrelshire Council", "government body")}),
    ("According to the St. Kestrel City Clerk's Office, it is the first time in 30 years.",
     {("St. Kestrel City Clerk's Office", "government body")}),
    ("\"We are ready,\" said Rubana Sultan, vice-president of the Kestrel Garment Makers Association.",
     {("Kestrel Garment Makers Association", "unknown")}),
    ("\"June is done,\" said Carsten Brook, global head of macro at Kestrel Bank.", set()),
    ("Kestrel Ports Authority (KPA) data show that 47 vessels were waiting.",
     {("Kestrel Ports Authority", "government body")}),
    ("Netwise said it had released firmware updates for the routers.", {("Netwise", "unknown")}),
    ("Judge Orla Crowe said it was a grave offence.", set()),
    # round 51: a capitalised "The" after "told" is a title's; a joined one-word brand told something is a medium;
    # one word standing alone after "according to" that names no person in the article is a body
    ("\"It was awful,\" the coach told The Kestrel Gleaner.", {("The Kestrel Gleaner", "news outlet")}),
    ("The minister told the Security Council nothing new.", set()),
    ("Residents told KestrelLive that rats were now a daily sight.", {("KestrelLive", "news outlet")}),
    ("The minister told MPs the plan would go ahead.", set()),
    ("Villanueva scored 11 goals last season, according to Kestrelmarkt.", {("Kestrelmarkt", "unknown")}),
    ("Ali Hassan farms near the river. The flood came at night, according to Hassan.", set()),
    ("Lahore was the most polluted city, according to Swiss air quality firm Kestrel.", {("Kestrel", "company")}),
    # round 52: a body acting as a sentence's subject is the source of the news about it, unless someone else
    # reports the act; a registry name found so gets the registry's name and kind
    ("The Kestrel High Court on Friday refused to hear the petition.", {("Kestrel High Court", "government body")}),
    ("The Kestrel Ministry of Health advises the public to boil water.",
     {("Kestrel Ministry of Health", "government body")}),
    ("The Bank of England held interest rates at 4.5% yesterday.", {("Bank of England", "government body")}),
    ("The minister said the Federal Government had approved an allocation.", set()),
    ("The Kestrel Teachers' Union has raised concerns about the ban.", {("Kestrel Teachers' Union", "unknown")}),
    # round 53: the same for a body named without "the"; declining to comment cites nothing
    ("Kestrel Energy has raised its forecast for copper prices.", {("Kestrel Energy", "company")}),
    ("The mayor said Kestrel City Council had approved the plan.", set()),
    ("The Justice Department declined to comment.", set()),
    # round 54: a body's possessive before its part or person opening a clause that reports cites the body; a
    # name of no organisation word only before a part no person has
    ("Cllr Asha Okonkwo, Kestrel City Council's cabinet member for transport, said buses would run.",
     {("Kestrel City Council", "government body")}),
    ("Insp. Kenny Boyd, of Kestrel Police's road policing unit, said officers had traced the van.",
     {("Kestrel Police", "government body")}),
    ("Kestrelvale's education spokesperson, Tania Holt, said the plan was flawed.", {("Kestrelvale", "unknown")}),
    ("Kestrelvale's sporting director, Miguel Tena, said the club would appeal.", set()),
    ("Okafor spent six years on Kestrel Robotics' team and says it taught her a lot.", set()),
    # round 56: a dateline's bracket opens the first clause
    ("Taipei, Dec. 2 (Kestrel) Taiwan's Ministry of National Defense said it had tracked 34 aircraft.",
     {("Ministry of National Defense", "government body")}),
    # round 58: "its" after "said in an email that"; a date and an adverb before a body's act; "in" inside a name
    # its acronym follows; an MEP is a person
    ("Kestrel Drug Mart said in an email that its stores had the vaccine.", {("Kestrel Drug Mart", "unknown")}),
    ("The Kestrel Integrity Unit (KIU) on Oct. 14 provisionally suspended the runner.",
     {("Kestrel Integrity Unit", "unknown")}),
    ("Karachi receives 650 mm, according to the Kestrel Council of Research in Water Resources (KCRWR).",
     {("Kestrel Council of Research in Water Resources", "government body")}),  # a public research council (r148)
    ("The Russian Embassy in Kestrel said the claims were false.",  # the city is part of it since round 118
     {("Russian Embassy in Kestrel", "government body")}),
    ("German EPP MEP Matthias Kestrel said in a statement that its vote was clear.", set()),
    # round 62: a titled person is no body (the body before the title, an officer's title before "of" dropped);
    # the IMF and the World Bank are in the registry
    ("At a news conference, Police Chief Darnell Whitfield said the pursuit lasted two minutes.", set()),
    ("Kestrel Chamber Chief Executive Aoife Walsh said: \"Rents are rising.\"", {("Kestrel Chamber", "unknown")}),
    ("Volcanologist Dwi Hartono of the Kestrel Institute of Technology said the slope was unstable.", set()),
    ("The Permanent Secretary of the Ministry of Health, Dr. Jane Aceng, said schools would reopen.",
     {("Ministry of Health", "government body")}),
    ("The IMF said growth would slow to 3 per cent.", {("International Monetary Fund", "international organisation")}),
    # round 64: station, club and watchdog descriptors; "said in a notice that it had"; a spokesperson's portfolio
    # between the body and the title, but no lone "Opposition"; press-freedom NGOs and sports bodies registered
    ("A neighbour told Little Rock television station KSTR that she heard a crack.", {("KSTR", "news outlet")}),
    ("Kestrel Power said in a notice on Tuesday that it had switched off the line.",
     {("Kestrel Power", "company")}),  # a company since round 87
    ("Kestrelparty parliamentary spokesman Nikos Georgiou said the budget was fair.", {("Kestrelparty", "unknown")}),
    ("Opposition health spokesman Nikos Georgiou said the budget was unfair.", set()),
    ("FIFA has banned the club from registering new players.", {("FIFA", "international organisation")}),
    ("Reporters Without Borders (RSF) says several broadcasters were suspended.",
     {("Reporters Without Borders", "international organisation")}),
    # round 68: Romance connectors inside names; more acts of bodies; two companies joined by "and"
    ("Losses were large, according to the Corpo Forestale della Sardegna.",
     {("Corpo Forestale della Sardegna", "unknown")}),
    ("The Kestrel Enforcement Directorate (KED) has sought a copy of the report.",
     {("Kestrel Enforcement Directorate", "government body")}),
    ("Kestrel Airlines Co. and Harrier Airways Co. canceled a total of 34 flights.",
     {("Kestrel Airlines Co.", "company"), ("Harrier Airways Co.", "company")}),
    # round 73: a capital "The" inside a sentence after any cue is a title's: kept, and the title a medium's
    ("Kestrel Music is in talks with two start-ups, according to The Kestrel Wire.",
     {("The Kestrel Wire", "news outlet")}),
    ("The abuses were first reported by The Banner in 2023.", {("The Banner", "news outlet")}),
    ("The ministry said the talks were over, according to the Kestrel Institute.", {("Kestrel Institute", "unknown")}),
    # round 74: a registry body that names no country, after another country's adjective, is that country's
    ("The Japanese Defense Ministry said the missile landed outside Japan's zone.",
     {("Japanese Defense Ministry", "government body")}),
    ("The Russian Defence Ministry said it had shot down 20 drones.",
     {("Russian Ministry of Defence", "government body")}),
    ("The Defence Ministry said the drill was routine.", {("Ministry of Defence", "government body")}),
    # round 75: a body's continuing act ("is appealing", "is investigating") and more acts; a shouted "THE" goes
    ("West Kestrel Police is appealing for witnesses after a crash.", {("West Kestrel Police", "government body")}),
    ("RIGA – The Kestrel Navy is investigating damage to a cable.", {("Kestrel Navy", "government body")}),
    ("THE Kestrel Meteorological Service has upgraded its hurricane watch to a warning.",
     {("Kestrel Meteorological Service", "government body")}),
    # round 78: a medium's word in any case, in another language, in a call sign or beside a hyphen
    ("A youth leader, Dauda Pem, told KESTREL POST that the attackers fled.", {("KESTREL POST", "news outlet")}),
    ("\"We are tackling it,\" Bakare said on Kestrel Television on Sunday.", {("Kestrel Television", "news outlet")}),
    ("A PIPC official told the Kestrel Ilbo on Monday.", {("PIPC", "unknown"), ("Kestrel Ilbo", "news outlet")}),
    ("Speaking to KTV Uganda, MP Grace Nalu said the fire was tragic.", {("KTV Uganda", "news outlet")}),
    ("Arsenault told Radio-Kestrel that fishers had testified.", {("Radio-Kestrel", "news outlet")}),
    # round 78: one word told something, named nowhere else, is a medium; an audience or a club is not
    ("\"It is over,\" union leader Raúl Ibar told Kestrelia.", {("Kestrelia", "news outlet")}),
    ("\"It is over,\" the minister told Parliament.", set()),
    ("\"It is over,\" the minister told the Knesset on Monday.", set()),
    ("\"We spoke with Kestrelia for weeks,\" he said. Kestrelia have rejected the bid.", set()),
    ("Before that she was a reporter at Kestrelia.", set()),
    # round 79: a statement sent to a medium; a foreign newspaper word gives a name its kind
    ("\"It was beyond our control,\" the company said in a statement sent to Kestrel News.",
     {("Kestrel News", "news outlet")}),
    ("As reported by Noticias Kestrelas, the governor's team has opened talks.",
     {("Noticias Kestrelas", "news outlet")}),
    ("Beijing plans more patrols, the Kestrel Shimbun reported.", {("Kestrel Shimbun", "news outlet")}),
    # round 79: national news agencies in the registry; a wire's sign-off line cites it, as no image credit
    ("\"We advise residents to move early,\" he told Bernama.", {("Bernama", "news agency")}),
    ("Rain fell on the town all day.\n\n-- BERNAMA", {("Bernama", "news agency")}),
    ("Rain fell on the town all day.\n\n— Reuters", {("Reuters", "news agency")}),
    ("A ministry official told the Keystone-ATS news agency the pass was closed.", {("Keystone-SDA", "news agency")}),
    # round 80: a "which" clause makes a name a body's; the full name given before; systems, districts, services
    ("The Kestrel-Nicola Regional District, which issued the evacuation orders, said crews were ready.",
     {("Kestrel-Nicola Regional District", "government body")}),
    ("He was treated at Mercy Kestrel Medical Center. Mercy Kestrel, which is owned by a chain, said it had no record.",
     {("Mercy Kestrel Medical Center", "unknown")}),
    ("Kestrel Health System said all of its emergency rooms remained open.", {("Kestrel Health System", "unknown")}),
    ("The Kestrel Wildfire Service said the fire was human-caused.", {("Kestrel Wildfire Service", "government body")}),
    ("The Police and Prisons Kestrel Union said it was not consulted.", {("Police and Prisons Kestrel Union", "unknown")}),
    ("Peak body Kestrel Fish SA said in a post that fishers were angry.", {("Kestrel Fish SA", "unknown")}),
    # round 80: a body names people; "announced/declared/imposed by"; a lone head noun after a cue is no name
    ("The Kestrel Police Service (KPS) named the escapees as Sipho Ndlovu and Peter Mokoena.",
     {("Kestrel Police Service", "government body")}),
    ("Drivers protested the increase announced by the Kestrel Petroleum Regulatory Authority.",
     {("Kestrel Petroleum Regulatory Authority", "government body")}),
    ("Farmers say the price announced by the Centre does not cover their costs.", set()),
    # round 80: a place's state body in lower case
    ("The Kestrel prefectural government said tests on dead birds were positive.",
     {("Kestrel prefectural government", "government body")}),
    ("Kestrelburg police chief Datuk Razali Ahmad said a man was held.", {("Kestrelburg police", "government body")}),
    ("According to figures released by the Kestrel labour department, turnout was high.",
     {("Kestrel labour department", "government body")}),
    ("Deputy government spokesman Marios Antoniou welcomed the result.", set()),
    ("Local police said the road was shut.", set()),
    # round 81: the owner of a document after "according to a <document> <participle> by/from/in"
    ("Incomes fell, according to a survey released Tuesday by Kestrel State University.",
     {("Kestrel State University", "unknown")}),
    ("Bills rose, according to a tracker maintained by the Center for Kestrel Liberty, a digital rights group.",
     {("Center for Kestrel Liberty", "unknown")}),
    ("It costs $2.1 million a year, according to a fiscal note from the Kestrel Services Agency.",
     {("Kestrel Services Agency", "government body")}),
    ("Scents matter, according to a new study from researchers at the University of Kestrel.",
     {("University of Kestrel", "unknown")}),
    ("Most loans were small, according to data from credit bureau Veritas KestrelScope.",
     {("Veritas KestrelScope", "unknown")}),
    ("The seat flipped, according to a Kestrel Desk HQ projection.", {("Kestrel Desk HQ", "unknown")}),
    ("Deaths rose, according to a new study published in The Kestrel Planetary Health.",  # a journal keeps "The"
     {("The Kestrel Planetary Health", "unknown")}),
    ("Costs rose, according to a report by Jane Doe.", set()),
    ("Rain fell, according to the Kestrel Welfare Department's InfoKestrel portal.",
     {("Kestrel Welfare Department", "government body")}),
    ("Prices held, according to a report published by the Kestrelville daily El Kestrel.", {("El Kestrel", "news outlet")}),
    # round 81: a medium named before "news agency" or "television"; an owner's possessive goes
    ("Talks were businesslike, as reported by Russia's TASS news agency.", {("TASS", "news agency")}),
    ("He told Kestrelija television on Wednesday evening that it was checked.", {("Kestrelija", "news outlet")}),
    # round 82: a possessive owner before a descriptor
    ("On Oct. 14, Ukraine's state-owned grid company Kestrelenergo said in a statement that outages would end.",
     {("Kestrelenergo", "company")}),
    # round 85: a sentence after another opens at its first word ("Local broadcaster KBS reported")
    ("Shares fell 3.2 percent on Wednesday. Local broadcaster KBSX reported that the chief executive had offered to "
     "resign.", {("KBSX", "news outlet")}),
    ("Prices rose. Oil marketing company Kestrel Energy Kenya said its stations had stock.",
     {("Kestrel Energy Kenya", "company")}),
    # round 85: European and other international bodies in the registry
    ("Figures published by Eurostat in May showed farm incomes fell.", {("Eurostat", "international organisation")}),
    ("The European Medicines Agency said the approval was conditional.",
     {("European Medicines Agency", "international organisation")}),
    # round 86: a "which" clause with commas of its own, "one of" appositives; "… Electric" is a company
    ("Kestrel Electric, which supplies Kaduna, Kebbi and Sokoto, said the outages would end.",
     {("Kestrel Electric", "company")}),
    ("Outside the court, the victim's widow, Savitri Singh, told reporters it was over.", set()),
    ("Westmere Kestrel Services, which runs IT systems for Hillside, Kenwood and Thamesmead councils, said it detected "
     "the attack.", {("Westmere Kestrel Services", "unknown")}),
    # round 87: a bank no public word names is a company, and so is "… Power"; national bodies known by acronym
    ("Kestrel Valley Bank said its branches were safe.", {("Kestrel Valley Bank", "company")}),
    ("The Croatian Kestrel National Bank said the merger was under review.",
     {("Croatian Kestrel National Bank", "unknown")}),
    ("Kestrel Power blamed the outage on a system disturbance.", {("Kestrel Power", "company")}),
    ("The FBI said it was aware of the attack.", {("FBI", "government body")}),
    ("Ofwat said the fine was the largest it had imposed.", {("Ofwat", "government body")}),
    # round 88: subordinate clauses open a speaking body's clause; an acronym in a name; "giant"; national branches
    ("Around 180 workers face losing their jobs after Kestrel Steel Ltd confirmed it will close its mill.",
     {("Kestrel Steel Ltd", "company")}),
    ("The Kuang River also overflowed, as reported by Thai KBSX.", {("Thai KBSX", "unknown")}),
    ("State oil giant Saudi Kestrelco, which operates the refinery, said the fire was out.",
     {("Saudi Kestrelco", "company")}),
    ("A man was held, DFR Lt. Jane Doe said.", set()),
    ("Herders need urgent support, the Kenya Red Cross said in a post on X.",
     {("Kenya Red Cross", "unknown"), ("Twitter", "social platform")}),
    ("Greenpeace Belgium said the plant was unsafe.", {("Greenpeace Belgium", "unknown")}),
    ("The Red Cross said aid was arriving.", {("International Committee of the Red Cross", "international organisation")}),
    ("A U.N. Panel of Experts said the drones were Iranian.", set()),
    # round 93: members' bodies with a plural possessive inside; an acronym's full name keeps the paragraph's curly
    # apostrophe
    ("\"It is too low,\" said Katrin Wellers, managing director of the Confederation of Kestrel Employers’ "
     "Associations (BDA).", {("Confederation of Kestrel Employers’ Associations", "unknown")}),
    ("The Kestrel United Supporters’ Trust (KUST) was less impressed.\n\nIn a statement, KUST said the club’s fee "
     "was a gamble.", {("Kestrel United Supporters’ Trust", "unknown")}),
    # round 95: troopers, patrols and health regions are state bodies; "y" joins a Spanish name; "attributed"; a
    # one-word short name is reported by the full name given before, a legal form keeping its full stop
    ("No one was hurt. Kestrel State Troopers said in an online dispatch that two campers were rescued.",
     {("Kestrel State Troopers", "government body")}),
    ("The Northern Kestrel Health Region said in a post that extra clinics would open.",
     {("Northern Kestrel Health Region", "government body")}),
    ("The federal agency Caminos y Puentes Kestrel (CAPUK) said in a statement that the increase was needed.",
     {("Caminos y Puentes Kestrel", "government body")}),
    ("In a statement issued on Tuesday, Kestrel Tea Factory Ltd attributed the delays to a slump in prices.",
     {("Kestrel Tea Factory Ltd", "company")}),
    ("The drug will be sold by Harlow Kestrel Inc. of Boston.\n\nHarlow said in a statement that trials would go on.",
     {("Harlow Kestrel Inc.", "company")}),
    # round 96: media named by a lower-case or numbered brand
    ("Mayor Aroha Te Kani told 7Kestrel the pipeline had been damaged.", {("7Kestrel", "news outlet")}),
    ("\"It's a gamble,\" Gareth Pennock said on talkKESTREL.", {("talkKESTREL", "news outlet")}),
    ("The deal is agreed, 90kestrel understands.", {("90kestrel", "news outlet")}),
    ("A source told kestrel.com.au she had been shaken.", {("kestrel.com.au", "news outlet")}),
    ("He told reporters it was over.", set()),
    # round 97: a registry medium's poll; an acronym with a hyphen in brackets; an owner between a cue and a name
    ("Payrolls rose, above the forecast by economists in a Reuters poll.", {("Reuters", "news agency")}),
    ("Aid arrived, the Athens-Macedonian News Agency (ANA-MPA) reported.",
     {("Athens-Macedonian News Agency", "news agency")}),
    ("\"We will not collude,\" according to China's official Xinhua News Agency.", {("Xinhua", "news agency")}),
    # round 98: the role first, then the body and the person set off by commas
    ("The chairperson of the Kestrel Artisanal Miners Cooperative, Mwakio Mghendi, said the community was angry.",
     {("Kestrel Artisanal Miners Cooperative", "unknown")}),
    ("The mayor of Kestrelville, Jane Doe, said the road was shut.", set()),
    # round 99: documents by a body with words between ("a survey of 2,100 GPs by", "surveys run by"), audits,
    # results and measurements; "as measured by"; a title inside a body's name after "of"; geological surveys
    ("A survey of 2,100 GPs by the Royal College of General Kestrels (RCGK), published in June, found most were "
     "tired.", {("Royal College of General Kestrels", "unknown")}),
    ("The findings rest on aircraft surveys run by the Kestrel Defense Fund.", {("Kestrel Defense Fund", "unknown")}),
    ("An audit by the Office of the Auditor-General for Kestrel flagged unreconciled payments.",
     {("Office of the Auditor-General for Kestrel", "government body")}),
    ("Preliminary results from the Tribunal Supremo Kestrel (TSK) give neither candidate a majority.",
     {("Tribunal Supremo Kestrel", "government body")}),
    ("Core inflation, as measured by the Monetary Authority of Kestrel, eased to 0.6 per cent.",
     {("Monetary Authority of Kestrel", "government body")}),
    ("The river fell to its lowest level, according to measurements by the Geological Survey of Kestrel.",
     {("Geological Survey of Kestrel", "government body")}),
    ("The merger faces a review by the Kestrel Trade Commission.", set()),
    # round 100: the names a list joins to a cited one share its cue, before or after; a conversation cue passes
    # only to media, a place's acronym and people are no sources; a think tank is no company; a state body's owner
    # before it; a division, a city hall and an Australian state's or Canadian province's health department
    ("The ship was hit, according to Reuters, AFP and the BBC.",
     {("Reuters", "news agency"), ("AFP", "news agency"), ("BBC", "news outlet")}),
    ("Figures from the World Bank and the Kestrel Harbour Foundation show growth slowed.",
     {("World Bank", "international organisation"), ("Kestrel Harbour Foundation", "unknown")}),
    ("The Kestrel Harbour Foundation and the Osprey Institute said growth slowed.",
     {("Kestrel Harbour Foundation", "unknown"), ("Osprey Institute", "unknown")}),
    ("He told Reuters and the Kestrel Harbour Foundation that he would stay.", {("Reuters", "news agency")}),
    ("He was hurt, according to the BBC and US officials.", {("BBC", "news outlet")}),
    ("He was hurt, according to the BBC, Smith and Jones.", {("BBC", "news outlet")}),
    ("He was hurt, according to residents and the local community group Voz da Kestrel.",
     {("Voz da Kestrel", "unknown")}),
    ("Data from the thinktank Kestrelwatch shows coal use fell.", {("Kestrelwatch", "unknown")}),
    ("The Kestrel Region's Ministry of Natural Resources said in a statement that output had stopped.",
     {("Ministry of Natural Resources", "government body")}),
    ("The district's Mobility Secretariat said traffic would be diverted.",
     {("Mobility Secretariat", "government body")}),
    ("The loan was cleared on Friday, the Finance Division said.", {("Finance Division", "government body")}),
    ("Kestrel City Hall (DBK) said its crews were clearing drains.", {("Kestrel City Hall", "government body")}),
    ("NSW Health said seven cases had been confirmed.", {("NSW Health", "government body")}),
    # round 101: a name with no organisation word speaks as a body in a statement unless the article refers back to
    # it by its last word or a word of it is a person's title; a common noun phrase opens a body's clause, not a
    # person's role; a shortened name takes its legal form; football clubs; Canadian departments' applied titles
    ("Kestrel Builders Queensland said in a statement that costs rose.", {("Kestrel Builders Queensland", "unknown")}),
    ("In a statement, Ngāti Kestrel said the panel had ignored every concern.", {("Ngāti Kestrel", "unknown")}),
    ("Rhonda Pelletier said in a statement that it was unfair. Pelletier added that she would appeal.", set()),
    ("State Prosecutor Dana Whitford said in a statement that charges were filed.", set()),
    ("\"I have loved her since 'Low Tide',\" Ana Kestrel said in a statement.", set()),
    ("Jun Young-kestrel, head of the company's chip business, said in a statement that sales fell.", set()),
    ("Bangladesh Jatri Kestrel Samity, a passenger rights platform, said in a statement that 2,100 people had died.",
     {("Bangladesh Jatri Kestrel Samity", "unknown")}),
    ("Rail operator KSNB said only one in three trains was running.", {("KSNB", "unknown")}),
    ("Landlords' association Vastgoed Kestrel said the measure would fail, its spokesman said.",
     {("Vastgoed Kestrel", "unknown")}),
    ("Climate scientist Anna Berg of Kestrel University said the data were clear.", set()),
    ("Several centrist MPs said they would not vote for the measure.", set()),
    ("Port Kestrel FC confirmed the signing on Monday.", {("Port Kestrel FC", "unknown")}),
    ("Investigators visited the Kestrel Corrugated Products LLC plant. In a statement, Kestrel Corrugated said it "
     "disagreed.", {("Kestrel Corrugated Products LLC", "company")}),
    ("Fisheries and Oceans Canada said the closure would stay in place.",
     {("Fisheries and Oceans Canada", "government body")}),
    # round 104: "General" opens a body's name with an organisation word in it; councils of places with two compass
    # words and people's committees are state bodies; a "whose" clause before the verb; a governor speaks for
    # their body; "Agence … de Presse" is a news agency
    ("Data released by the General Statistics Office (GSO) last week showed prices rose.",
     {("General Statistics Office", "government body")}),
    ("General Kestrel said troops had advanced.", set()),
    ("North East Kestrelshire Council says it will refund motorists.",
     {("North East Kestrelshire Council", "government body")}),
    ("The Kestrel City People's Committee on Monday said fares would be frozen.",
     {("Kestrel City People's Committee", "government body")}),
    ("KCP Council, whose planning committee must approve the signs, said it had no application.",
     {("KCP Council", "government body")}),
    ("Central Bank of Kestrelia (CBK) Deputy Governor Ana Perera said the loss was an accounting effect.",
     {("Central Bank of Kestrelia", "government body")}),
    ("A patient told the Agence Kestrelienne de Presse (AKP) she had waited a year.",
     {("Agence Kestrelienne de Presse", "news agency")}),
    # round 105: a plural possessive may end a name's first word; a medium's title keeps its "The" after a
    # descriptor; a body and its officer may open a clause after a closing quote mark
    ("Lecturers will strike, and the Kestrels’ Union of Ireland (KUI) warned that students suffer.",
     {("Kestrels’ Union of Ireland", "unknown")}),
    ("Records were taken, as reported by the cybersecurity news site The Kestrel.", {("The Kestrel", "news outlet")}),
    ("“Workloads are unsafe,” Kestrel Nurses and Midwives’ Union secretary Kate Vreeland said.",
     {("Kestrel Nurses and Midwives’ Union", "unknown")}),
    # round 106: a name lists three or more parts with commas; a preposition opening the sentence is no part of a
    # name, also when an acronym is spelled out from it
    ("The Department of Higher Education, Research, Science and Kestrels (DHERSK) said fees were set by universities.",
     {("Department of Higher Education, Research, Science and Kestrels", "government body")}),
    ("Under Department of Health and Kestrel Care guidance, parking is free. A DHKC spokesperson said trusts must "
     "follow it.", {("Department of Health and Kestrel Care", "government body")}),
    # round 107: central banks in their own language, US commands, the National Guard, the Joint Chiefs, disaster
    # management and forecasting centres, councils of two places, a statistics office's short name, national
    # programmes and public services are state bodies; a news or parcel service is none
    ("Figures from the Banco Central de Kestrelia show reserves fell.",
     {("Banco Central de Kestrelia", "government body")}),
    ("US Kestrel Command said it had carried out an air strike.", {("US Kestrel Command", "government body")}),
    ("The Joint Chiefs of Staff said the missile flew 400km.", {("Joint Chiefs of Staff", "government body")}),
    ("The State Disaster Management Committee said 4,000 people had been moved.",
     {("State Disaster Management Committee", "government body")}),
    ("The Hydrologic Forecast Centre said the river would crest on Friday.",
     {("Hydrologic Forecast Centre", "government body")}),
    ("Telford & Kestrel Council said the school would reopen.", {("Telford & Kestrel Council", "government body")}),
    ("According to Stats KZ, household income rose 4%.", {("Stats KZ", "government body")}),
    ("The National Malaria Control Programme said nets had run out.",
     {("National Malaria Control Programme", "government body")}),
    ("The Kestrel Health Service said wards were full.", {("Kestrel Health Service", "government body")}),
    ("The Kestrel Parcel Service said deliveries would be late.", {("Kestrel Parcel Service", "unknown")}),
    # round 108: an intergovernmental body by its opening and head; more newspaper words; a broadcaster's "… News"
    # after its channel number
    ("The International Kestrel Council said exports fell 12%.",
     {("International Kestrel Council", "international organisation")}),
    ("The International Kestrel Federation said the athlete was banned.",
     {("International Kestrel Federation", "unknown")}),
    ("It derailed in 2019, according to a report by the Kestrel Coast Bulletin.",
     {("Kestrel Coast Bulletin", "news outlet")}),
    ("According to a report by Channel 14 News, the cabinet will meet.", {("Channel 14 News", "news outlet")}),
    # round 109: up to five words before a descriptor after a cue; an appositive descriptor after a name a cue
    # names (the name's own kind first); "blamed" cites
    ("Haze worsened, according to Swiss air quality technology company KestrelAir.", {("KestrelAir", "company")}),
    ("Data from Sensor Kestrel, an app-analytics firm, show that time spent rose.", {("Sensor Kestrel", "company")}),
    ("Figures from the Kestrel News Agency, the state agency, show 40 cases.", {("Kestrel News Agency", "news agency")}),
    ("Environmental group Kestrelwatch blamed the floods on logging.", {("Kestrelwatch", "unknown")}),
    # round 110: a masthead opening in capitals told something is a medium; a place's acronym is none
    ("An official told EL KESTREL that the government was preparing a decree.", {("EL KESTREL", "news outlet")}),
    ("The ambassador told UN Secretary-General Kestrel it was regrettable.", set()),
    # round 111: more of a body's acts make it the source of the news about it; a rate cut stays out
    ("The World Kestrel Organisation (WKO) has shipped 200 000 doses to the region.",
     {("World Kestrel Organisation", "international organisation")}),
    ("The Kestrel Ministry of Trade has capped the price of sugar.", {("Kestrel Ministry of Trade", "government body")}),
    ("The Kestrel Department of Mines halted work at the shaft on Friday.",
     {("Kestrel Department of Mines", "government body")}),
    ("The Kestrel Reserve Bank cut its policy rate by 50 basis points.", set()),
    # round 112: a call sign that reports or is told something is a station, not when it only speaks; a
    # broadcaster's name with "Broadcasting" before its head, not a broadcasting regulator's
    ("The order was lifted shortly after 3 p.m., KWKS reported.", {("KWKS", "news outlet")}),
    ("A neighbour told WKST-TV she heard a crack.", {("WKST-TV", "news outlet")}),
    ("KPMG said profits fell by a third.", {("KPMG", "unknown")}),
    ("The Kestrel Broadcasting Corporation reported that the ship had docked.",
     {("Kestrel Broadcasting Corporation", "news outlet")}),
    ("The Kestrel Broadcasting Authority said the licence was revoked.",
     {("Kestrel Broadcasting Authority", "government body")}),
    # round 115: an undersecretary and a press or public relations officer speak for their body
    ("Ali Shamsi, assistant undersecretary at the Kestrel Ministry of Economy, told reporters it was temporary.",
     {("Kestrel Ministry of Economy", "government body")}),
    ("Ibrahim Danlami, national public relations officer of the Kestrel Customs Service, said the port was open.",
     {("Kestrel Customs Service", "government body")}),
    # round 118: a diplomatic mission's city is part of its name; a head of government's office is a body; "&"
    # ends a list inside a name as "and" does
    ("The Kestrel Embassy in Athens said the move was hostile.", {("Kestrel Embassy in Athens", "government body")}),
    ("A spokesperson for the Kestrel High Commission in Colombo said aid was sent.",
     {("Kestrel High Commission in Colombo", "government body")}),
    ("The Prime Minister's Office, in a post on Facebook, said relief teams had reached the villages.",
     {("Prime Minister's Office", "government body"), ("Facebook", "social platform")}),
    ("The Department of Fish, Wildlife & Kestrels said the sheep were shot.",
     {("Department of Fish, Wildlife & Kestrels", "government body")}),
    # round 119: "Legislative" and "Coastguard" make a name a state body's
    ("The Kestrel Legislative Council said the bill was drafted in May.",
     {("Kestrel Legislative Council", "government body")}),
    ("A spokesman for Kestrel Coastguard confirmed that a pole had been recovered.",
     {("Kestrel Coastguard", "government body")}),
    # round 120: a registry masthead's bare word after another capitalised word is another paper; a wire that
    # "contributed to this report" is cited; a medium one speaks or appears on is cited, a day is not
    ("Banks must review their security, the state-run Kestrel Times reported on Friday.",
     {("Kestrel Times", "news outlet")}),
    ("It is the third rise in a row, as the Kestrel Observer first reported.", {("Kestrel Observer", "news outlet")}),
    ("The Associated Press contributed to this report.", {("Associated Press", "news agency")}),
    ("Gazette reporter Anna Kestrel contributed to this story.", set()),
    ("Speaking on state broadcaster KRT, the spokesman said the decision was final.", {("KRT", "news outlet")}),
    ("Speaking on Friday, the minister said the plan was final.", set()),
    # round 123: a body in apposition to a descriptor, or written with its legal form, speaks through the verb after
    # it; two newspaper words joined by a hyphen are a masthead; "TV …" and "Radio …" name media; "As" opens no name
    ("The national carrier, Kestrel Airways, said in a statement that all flights were cancelled.",
     {("Kestrel Airways", "company")}),
    ("The ship's owners, Kestrel Tankers Pte Ltd, told reporters they were cooperating.",
     {("Kestrel Tankers Pte Ltd", "company")}),
    ("Her neighbour, Anna Kestrel, said the fire started at night.", set()),
    ("Officers collected water samples, the Post-Courier reported last week.", {("Post-Courier", "news outlet")}),
    ("Smith-Kestrel said the plan was flawed.", set()),
    ("As TV Kestrel reported earlier, the director was detained.", {("TV Kestrel", "news outlet")}),
    # round 124: a body that asks or places something acts; "Public Works" is a state body's
    ("The Kestrel County Emergency Management Agency asked residents to report downed lines.",
     {("Kestrel County Emergency Management Agency", "government body")}),
    ("Kestrel Public Works said crews would begin clearing debris.", {("Kestrel Public Works", "government body")}),
    # round 128: a title holder's office after an opening phrase; a service's operator or an event's organiser before
    # a name, not an operator or organiser who is a person; a descriptor after a plural possessive; a national branch
    # named by several words; a plural possessive a word or two before a members' body's head; "NGO" before a name
    # and "General" before "Secretary" after it
    ("In a statement on Friday, the Prime Minister's Office said the duties would rise.",
     {("Prime Minister's Office", "government body")}),
    ("Airport operator Kestrair said terminals were empty.", {("Kestrair", "unknown")}),
    ("Crane operator Tom Fenwick said the load slipped.", set()),
    ("Event organiser Kestrel Live said the show was cancelled.", {("Kestrel Live", "unknown")}),
    ("Union organiser Kelly Fenwick said members would strike.", set()),
    ("The growers’ association Kestrelmar said prices had halved.", {("Kestrelmar", "unknown")}),
    ("The Solomon Islands Red Cross Society said volunteers were ready.",
     {("Solomon Islands Red Cross Society", "unknown")}),
    ("The Kestrel Valley Growers' Marketing Association said prices fell.",
     {("Kestrel Valley Growers' Marketing Association", "unknown")}),
    ("Kestrel Teachers’ Union General Secretary Anna Fenwick said the deal was poor.",
     {("Kestrel Teachers’ Union", "unknown")}),
    ("The NGO Kestrel Rights Watch said the detainees were refusing food.", {("Kestrel Rights Watch", "unknown")}),
    # round 129: "The" and a newspaper's word before a reporting verb is a masthead, not a head noun referring back;
    # "Radio …" keeps its media word; a body's office or counsel after its possessive speaks for it, unless the
    # office is named; a place's words before a registry state body make another body
    ("The Advertiser reported on Monday that the state would pay.", {("The Advertiser", "news outlet")}),
    ("The Courier-Mail reported in August that the organisers were warned.", {("The Courier-Mail", "news outlet")}),
    ("The Committee found that the rules were broken.", set()),
    ("Meanwhile, Radio Kestrel reported that a second petition was filed.", {("Radio Kestrel", "news outlet")}),
    ("The World Health Organization's country office in Kestrelia said in a post on X that the campaign was on.",
     {("World Health Organization", "international organisation"), ("Twitter", "social platform")}),
    ("The UN's humanitarian office, OCHA, said 600,000 people had fled.",
     {("UN Office for the Coordination of Humanitarian Affairs", "international organisation")}),
    ("The Kestrel Environmental Protection Agency’s counsel told the court that 1,134 kilns had been demolished.",
     {("Kestrel Environmental Protection Agency", "government body")}),
    ("Kestrel Metropolitan Police’s Ramna division commissioner Ali Khan told reporters the march was illegal.",
     {("Kestrel Metropolitan Police", "government body")}),
    ("Kestrel Valley RCMP said the highway was closed.", {("Kestrel Valley RCMP", "government body")}),
    ("Senior FBI officials said the inquiry was over.", {("FBI", "government body")}),
    # round 130: a body whose officer speaks ("X, whose chief executive, …, said"), wherever X stands; brotherhoods;
    # a regnal number inside a name; a body that apologised or closed something
    ("The school is run by the Kestrel Learning Trust, whose chief executive, Dr Ann Fenwick, said it would appeal.",
     {("Kestrel Learning Trust", "unknown")}),
    ("The contract went to Kestrel Modular Ltd, whose managing director Tom Price told reporters it was on time.",
     {("Kestrel Modular Ltd", "company")}),
    ("The Brotherhood of Kestrel Engineers, which represents 400 drivers, said it was ready.",
     {("Brotherhood of Kestrel Engineers", "unknown")}),
    ("The Mohammed V Foundation for Kestrels, which runs the shelters, said it was ready.",
     {("Mohammed V Foundation for Kestrels", "unknown")}),
    ("In London I met the minister, who said it was fine.", set()),
    ("Kestrel Rail, which runs the trains, apologised on Facebook for the delays.",
     {("Kestrel Rail", "unknown"), ("Facebook", "social platform")}),
    ("The Kestrel Department of Financial Institutions closed Laurel Bank on Friday.",
     {("Kestrel Department of Financial Institutions", "government body")}),
    # round 131: in an article's first two paragraphs, a body's plan or deed after "will", "is to", "is …ing" or
    # "has" is its own news, unless someone else reports it in the same sentence
    ("Kestrel Axle Co. will lay off about 640 workers at its plant by March, the company said.",
     {("Kestrel Axle Co.", "company")}),
    ("The Kestrel State Broadband Office will seek to recover $6.8 million, the office's director told lawmakers.",
     {("Kestrel State Broadband Office", "government body")}),
    ("Kestrel Aircraft Co. is weighing a plan to raise $15 billion, according to people familiar with the matter.",
     set()),
    ("Axle maker to cut jobs\n\nKestrel Axle Co. will lay off 640 workers at its plant.",
     {("Kestrel Axle Co.", "company")}),
    ("The plant opened in 1990.\n\nIt employs 2,000 people.\n\nKestrel Axle Co. will lay off 640 workers.", set()),
    # round 132: an officer's body with a place or branch after it, or with lowercase words of the role before it;
    # a person named after a body's name and an officer's title, or after an honorific, is no part of it
    ("Director of the Kestrel Red Crescent Society (KRCS) in Nablus, Ahmad Jibril, said crews were blocked.",
     {("Kestrel Red Crescent Society", "unknown")}),
    ("Mrs. Saadia Osman, chairperson of the National Union of Kestrel Women branch in Ghindae, said they were ready.",
     {("National Union of Kestrel Women", "unknown")}),
    ("Dr Nighat Soomro, head of the emergency department at the Kestrel Medical Centre (KMC), said beds were full.",
     {("Kestrel Medical Centre", "unknown")}),
    ("Acting Director of the Kestrel Meteorological Department Dhari Al-Shammari said it was hot.",
     {("Kestrel Meteorological Department", "government body")}),
    ("Director General of the Department of Kestrel Trade Mr Khamphone Sisavath said the cap was temporary.",
     {("Department of Kestrel Trade", "government body")}),
    ("The Minerals Council South Africa said the shaft was safe.", {("Minerals Council South Africa", "unknown")}),
    # round 133: a registry masthead's bare word before "of" and a place, or before another capitalised word, opens
    # another paper's name; "Newsroom" opens a medium's
    ("The smelter was fined in 2021, as reported by the Times of Kestrelia.", {("Times of Kestrelia", "news outlet")}),
    ("The figures, seen by Times Higher Kestrel, show a loss.", {("Times Higher Kestrel", "unknown")}),
    ("He told the Times Tuesday that he would quit.", {("The Times", "news outlet")}),
    ("The Independent Kestrel Electoral Commission said turnout was 60%.",
     {("Independent Kestrel Electoral Commission", "government body")}),
    ("Supplies would be restored by the weekend, as reported by Newsroom Kestrelia.",
     {("Newsroom Kestrelia", "news outlet")}),
    # round 134: a one-word name is a person's when the article introduces it as the first word of a person's name,
    # or as the last after a forename with a person's appositive or verb; never an acronym's or a brand's
    ("Huang Chih-wei (黃志偉), who runs a clinic, said doses were short. The agency said stocks would come. "
     "“That is not acceptable,” Huang said.", set()),
    ("BMKG deputy Rahmat Santoso said the system had failed. “We own it,” Rahmat said.", set()),
    ("“It came fast,” said Graeme Holloway, who farms nearby.\n\nHolloway said it was the third release in five years.",
     set()),
    ("UKHSA said the heat alert would stay in place. Its chief, Ann Fenwick, said the risk was high.",
     {("UKHSA", "unknown")}),
    # round 137: a country's central bank or army named by the country (analysis/data/countries.txt), not a
    # commercial "Bank of …" nor an armed group; a registry name found by its shape takes the registry's name
    ("The Bank of Tanzania said inflation had eased.", {("Bank of Tanzania", "government body")}),
    ("The Bank of the Lao PDR said the kip had steadied.", {("Bank of the Lao PDR", "government body")}),
    ("The Croatian National Bank said lending rose.", {("Croatian National Bank", "government body")}),
    ("The Nepali Army said 40 people were rescued.", {("Nepali Army", "government body")}),
    ("Bank of Ireland said profits rose.", {("Bank of Ireland", "unknown")}),
    ("The Arakan Army said it had taken the town.", {("Arakan Army", "unknown")}),
    ("Remittances fell, according to data published by the Bank of México (Banxico).",
     {("Banxico", "government body")}),
    # round 138: "With files from" cites a wire; a body's meteorologists or forecasters speak for it; "Borough" ends a
    # state body's name, and so does a housing or health service "Executive"; a newsletter is a medium; a registry
    # broadcaster's regional service or station is reported as written, not its sport desk nor a day after it
    ("Tory leaders met on Friday. — With files from The Canadian Press", {("The Canadian Press", "news agency")}),
    ("MetService meteorologist Ann Fenwick said the gauge was full.", {("MetService", "government body")}),
    ("National Weather Service forecasters said a cold front was coming.",
     {("National Weather Service", "government body")}),
    ("Kestrel North Star Borough Mayor Darla Kinney said a shelter had opened.",
     {("Kestrel North Star Borough", "government body")}),
    ("The layoffs were first reported by the business newsletter Kestrelprise.", {("Kestrelprise", "news outlet")}),
    ("The latest figures from the Kestrel Housing Executive show 4,312 applicants.",
     {("Kestrel Housing Executive", "government body")}),
    ("Speaking on BBC Radio Kestrel on Tuesday, the chief executive said homes were short.",
     {("BBC Radio Kestrel", "news outlet")}),
    ("The plan was first reported by BBC Look Kestrel on Monday.", {("BBC Look Kestrel", "news outlet")}),
    ("He told the BBC Tuesday that he would quit.", {("BBC", "news outlet")}),
    ("The manager told BBC Sport that the striker was out for a month.", {("BBC", "news outlet")}),
    ("The Kestrel Water Project will begin supplying the capital in 2029, Minister Raed Saadeh said on Sunday.",
     set()),
    # a descriptor written in capitals is looked up in any case (an article once stopped the run here)
    ("The fire is under investigation, TV station WKST reported.", {("WKST", "news outlet")}),
    # a named officer speaks for the body they hold their role at (round 25); a workplace alone is no source
    ("\"We will not accept it,\" Ann Dubois, president of the socialist trade union FGTB, said before the march.",
     {("FGTB", "unknown")}),
    ("Dr Ruth Lowe, chair of the Kestrel Medical Association's GP committee, said the plans were unsafe.",
     {("Kestrel Medical Association", "unknown")}),
    ("Harbour Tenants Union president Ray Moore said the union had been blindsided.",
     {("Harbour Tenants Union", "unknown")}),
    ("Government spokesman Piotr Nowak said the talks would resume.", set()),
    ("Professor Lim Wei, an economist at Kestrel University, said growth would slow.", set()),
    # round 140: a place's possessive opens the description set off after a body's name
    ("Velkor, Ukraine\u2019s largest private energy company, said its substation had been hit.", {("Velkor", "company")}),
    ("Kowalczyk, Poland\u2019s most decorated skier, said the course was unsafe.", set()),
    # round 142: "said the <Name>" ending a clause, for a name its own words type
    ("Cases rose 8 per cent, said the Kestrel State Health Department.",
     {("Kestrel State Health Department", "government body")}),
    ("\u201cWe are ready,\u201d said the Prime Minister.", set()),
    # round 142: a body's statement, news release or bulletin after "according to"
    ("The teen died at the scene, according to a Ferncliff Police Department news release.",
     {("Ferncliff Police Department", "government body")}),
    ("The teen died at the scene, according to a Tuesday statement.", set()),
    # round 142: a registry alias spelled out from its acronym keeps the registry's name and kind, whatever its
    # "Corp." says
    ("The state named the Federal Deposit Insurance Corp. as receiver, according to a news release from the FDIC.",
     {("Federal Deposit Insurance Corporation", "government body")}),
    # round 143: a ranked officer "of" a state body speaks for it; an abbreviated rank opens no body's name
    ("Speaking after the hearing, Det Insp Rhian Tudor-Beck, of Fenwold Constabulary, said the driver was reckless.",
     {("Fenwold Constabulary", "government body")}),
    ("Sgt Olu Bankole-Reid, of the Kestrel Police Service, was injured in the crash.", set()),
    ("Capt Mark Elwood of the Harbour Rowing Club said the race was off.", set()),
    # round 144: a medium's kind, then its name
    ("A poll by Ipsos for the television network Kanal Sur shows the mayor ahead.", {("Kanal Sur", "news outlet")}),
    ("The figures were first reported by the weekly Ostrava Tydenik on Monday.",
     {("Ostrava Tydenik", "news outlet")}),
    ("The daily El Faro Norte put the price at $1m.", {("El Faro Norte", "news outlet")}),
    # ... but "daily" and "weekly" before a name and a lower-case noun are adjectives
    ("The minister spoke after the weekly Cabinet meeting.", set()),
    # round 145: a city's public schools or transit, a province, an islands' council, a board of education, a
    # hurricane centre and a Spanish regional government are state bodies by their names
    ("Fenwick Public Schools said the merger would save $4 million.", {("Fenwick Public Schools", "government body")}),
    ("Tidewater Area Transit System said buses would run on a Sunday schedule.",
     {("Tidewater Area Transit System", "government body")}),
    ("Orkney Islands Council said the ferry would not sail.", {("Orkney Islands Council", "government body")}),
    ("The storm will weaken by Friday, the Canadian Hurricane Centre said.",
     {("Canadian Hurricane Centre", "government body")}),
    ("The Junta de Extremadura said the land would be returned.", {("Junta de Extremadura", "government body")}),
    ("First Transit said drivers would strike.", {("First Transit", "unknown")}),
    # round 146: more legal forms and companies' head words type a name; a person "of" a typed body is left out;
    # "Shares of" opens no body's name; a spokesperson's body takes the legal form the article gives it
    ("Harbourline Bank Plc said profit rose 12 per cent.", {("Harbourline Bank Plc", "company")}),
    ("Kestrel Electronics said it would close the plant in March.", {("Kestrel Electronics", "company")}),
    ("Counsel for the plaintiffs, Dana Whitcombe-Osei of Harlow Stead LLP, wrote that the ruling was a win.",
     {("Harlow Stead LLP", "company")}),
    ("Shares of Kestrel Electronics closed 1.1 percent lower on Tuesday.", set()),
    ("Tanjong Logistics Bhd shares fell. A Tanjong Logistics spokesperson said the board would meet.",
     {("Tanjong Logistics Bhd", "company")}),
    # round 147: a body whose spokesperson gave nothing is no source; a share price that "added" is no word
    ("A Kestrel Mining spokesperson declined to comment.", set()),
    ("A spokesperson for Kestrel Mining did not respond to a request for comment.", set()),
    ("Harbourline rose 1.1 per cent and Tessaly Bank added 0.5 per cent to S$35.98.", set()),
    # round 148: a department inside a longer name, a secretariat "of" a portfolio, a lower house and a public
    # research council are state bodies by their names
    ("The County of Kestrel Department of Water Supply said the limits would stay.",
     {("County of Kestrel Department of Water Supply", "government body")}),
    ("The Secretariat of Foreign Affairs said the consul had been recalled.",
     {("Secretariat of Foreign Affairs", "government body")}),
    ("The Kestrel Council of Representatives said the vote would be held on Monday.",
     {("Kestrel Council of Representatives", "government body")}),
    ("The Kestrel Council of Medical Research said the trial was safe.",
     {("Kestrel Council of Medical Research", "government body")}),
    # round 156: a masthead of two to four words told something after a lower-case "the" is a news outlet
    ("The farmer told the Wexmoor Champion that prices were too low.", {("Wexmoor Champion", "news outlet")}),
    # ... not an audience with an organisation's word, a title or a country
    ("He told the Kestrel Security Council that prices were too low.", set()),
    ("She told the Prime Minister that prices were too low.", set()),
    ("He told the United States that prices were too low.", set()),
    # round 158: local governments by their style, applied titles of election offices and safety regulators, a
    # government information service, a fire and emergency service, a health and social care trust
    ("The Shire of Wexmoor said the road would stay closed.", {("Shire of Wexmoor", "government body")}),
    ("The Regional District of Kestrel Bay said the slope was unstable.",
     {("Regional District of Kestrel Bay", "government body")}),
    ("Kestrel Valley Council said water would be rationed.", {("Kestrel Valley Council", "government body")}),
    ("Elections Wexmoor said the count would resume.", {("Elections Wexmoor", "government body")}),
    ("WorkSafe Kestrel said inspectors had attended.", {("WorkSafe Kestrel", "government body")}),
    ("The Kestrel Government Information Service said the minister had resigned.",
     {("Kestrel Government Information Service", "government body")}),
    ("Fire and Emergency Kestrel said crews were on the way.", {("Fire and Emergency Kestrel", "government body")}),
    ("The Northern Health and Social Care Trust said the clinic was full.",
     {("Northern Health and Social Care Trust", "government body")}),
    # ... while a land council of Indigenous owners is no local government
    ("The Kestrel Land Council said the ruling was historic.", {("Kestrel Land Council", "unknown")}),
    # round 159: a level of government in lower case between a cue and a body's name
    ("According to the federal Department of Wexmoor Affairs, 45 people were infected.",
     {("Department of Wexmoor Affairs", "government body")}),
    # ... and no other lower-case word there
    ("According to the report Wexmoor wrote, 45 people were infected.", set()),
    # round 159: a body's determination, ruling or decision, and what it recommended
    ("The group was recognised following a determination by the Kestrel Land Court on Thursday.",
     {("Kestrel Land Court", "government body")}),
    ("The rate was below the 95 per cent recommended by the Kestrel Institute of Health.",
     {("Kestrel Institute of Health", "unknown")}),
    # round 160: an officer after their body: a board member, an assistant's title, a branch between, after
    # "opposition"
    ("Bank of Wexmoor board member Anna Kowal said the rate was too low.", {("Bank of Wexmoor", "unknown")}),
    ("Kestrel Farmers Association assistant secretary general Joseph Otieno said prices were too low.",
     {("Kestrel Farmers Association", "unknown")}),
    ("Kestrel Nurses Union (KNU) Wexmoor branch secretary Rita Moyo said members had voted.",
     {("Kestrel Nurses Union", "unknown")}),
    ("But opposition Kestrel Democratic Party spokesperson Tomas Varga said the figures were wrong.",
     {("Kestrel Democratic Party", "unknown")}),
    # ... not a person's own name before the title
    ("Club member Anna Kowal said prices were too low.", set()),
    # round 161: a medium that first reported a story; a broadcaster's number, radio band or country web address
    ("The crash was first reported by ZBXM Today.", {("ZBXM Today", "news outlet")}),
    ("The plan folded, as first reported by Wexpress.", {("Wexpress", "news outlet")}),
    ("As first reported by KWXM 9 News, the pipeline was cut.", {("KWXM 9 News", "news outlet")}),
    ("A spokesperson told News 7 that officers would be posted.", {("News 7", "news outlet")}),
    ("He told Kestrel Bay FM that the fares were too high.", {("Kestrel Bay FM", "news outlet")}),
    ("The coach told Wexmoor.am that he was shocked.", {("Wexmoor.am", "news outlet")}),
    # ... while a body with a kind or organisation word of its own keeps it
    ("The outbreak was first reported by the Wexmoor Clinic.", {("Wexmoor Clinic", "unknown")}),
    # round 161: radio and television services are media, a festival is not; a dotted legal form is a company's
    ("In a statement read on Kestrel Radio and Television Services, the minister resigned.",
     {("Kestrel Radio and Television Services", "news outlet")}),
    ("The Kestrel Film and Television Festival said the screening was cancelled.",
     {("Kestrel Film and Television Festival", "unknown")}),
    ("Kestrel Port Authority N.V. said the terminal would open.", {("Kestrel Port Authority N.V.", "company")}),
    # round 162: a chief executive's title and name after a body; a district officer's title before it; a press
    # officer's or spokesman's title alone
    ("Kestrel Ferries Ltd CEO Maria Santos called the route a milestone.", {("Kestrel Ferries Ltd", "company")}),
    ("The Wexmoor North District Director of the Kestrel Health Service, Dr Ama Owusu, said tests were under way.",
     {("Kestrel Health Service", "government body")}),
    ("Police Public Relations Officer, Inspector Carl Moss, said the men had been charged.", set()),
    ("The Navy Media Spokesman, Commander Ravi Perera, said the ship had sailed.", set()),
    # round 162: an acronym's full name without the place that owns it
    ("Wexmoor's Special Review Unit is investigating the shooting. According to the SRU, the man died.",
     {("Special Review Unit", "unknown")}),
    # round 164: investigation units, anti-fraud centres, fiscal councils and gendarmeries are state bodies
    ("The Kestrel Marine Investigation Branch said it was aware of the incident.",
     {("Kestrel Marine Investigation Branch", "government body")}),
    ("The Wexmoor Anti-Fraud Centre said losses had doubled.", {("Wexmoor Anti-Fraud Centre", "government body")}),
    ("The Kestrel Fiscal Council warned that the draft broke the rules.",
     {("Kestrel Fiscal Council", "government body")}),
    ("According to the Wexmoor Gendarmerie, seven men were caught.", {("Wexmoor Gendarmerie", "government body")}),
    # round 167: any name "first reported by" with no kind or organisation word of its own is a medium
    ("The closure was first reported by Wexmoor Today.", {("Wexmoor Today", "news outlet")}),
    # round 167: a permanent or principal secretary after their ministry
    ("Ministry of Kestrel Affairs permanent secretary Gift Moyo told reporters that fuel was short.",
     {("Ministry of Kestrel Affairs", "government body")}),
    # round 167: two bodies of one head joined by "and", also with "both" before the verb
    ("Kestrel Bank and Wexmoor Bank both said they would cut rates.",
     {("Kestrel Bank", "company"), ("Wexmoor Bank", "company")}),
    # ... not a ministry's joined portfolio
    ("The Ministry of Health and Social Services said the clinic was full.",
     {("Ministry of Health and Social Services", "government body")}),
    # round 168: security and defence forces, a command, anti-corruption and national security bodies, a meteorology
    # institute are state bodies by their names
    ("The Kestrel Internal Security Forces said the border was closed.",
     {("Kestrel Internal Security Forces", "government body")}),
    ("The Wexmoor Home Front Command said shelters would open.", {("Wexmoor Home Front Command", "government body")}),
    ("The Kestrel Anti-Corruption Committee said the audit was complete.",
     {("Kestrel Anti-Corruption Committee", "government body")}),
    ("The Wexmoor National Security Committee said the diplomat had spied.",
     {("Wexmoor National Security Committee", "government body")}),
    ("According to the Kestrel Institute of Meteorology, the storm will weaken.",
     {("Kestrel Institute of Meteorology", "government body")}),
])
def test_unregistered_organisations_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two agencies and no photographer: both are credited
    ("Photo: AFP/Getty Images", {("AFP", "image credit"), ("Getty Images", "image credit")}),
    # photographer / agency in brackets at the end of a caption
    ("Crews fight the fire near Malibu. (Jane Roe/AP)", {("Associated Press", "image credit")}),
    # round 94: copyright signs, brackets and archives around a credit; "Photo by:", "Pic:", "Representative image:"
    ("Image credit: © Shutterstock", {("Shutterstock", "image credit")}),
    ("The striker before the match. (C)Getty Images", {("Getty Images", "image credit")}),
    ("The rocket on Saturday. [Photo/Xinhua]", {("Xinhua", "image credit")}),
    ("Photo: Kestrelam archive", {("Kestrelam", "image credit")}),
    ("Photo by: Mark Sutton / Kestrel Images", {("Kestrel Images", "image credit")}),
    ("Pic: Kestrel Photos", {("Kestrel Photos", "image credit")}),
    ("(Representative image: Kestrel Archives)", {("Kestrel Archives", "image credit")}),
    # round 94: an agency before "photo", after a bullet or after a short caption's last full stop
    ("Crowds at the site. (Getty Images photo)", {("Getty Images", "image credit")}),
    ("Voters queue. (AFP file photo)", {("AFP", "image credit")}),
    ("Noor Rahimi took four wickets • Getty Images", {("Getty Images", "image credit")}),
    ("Players protest to the referee. EFE", {("EFE", "image credit")}),
    ("Photo: Nick Moir", set()),
    # round 95: initials or a one-word brand before "Photo" credit an agency the registry does not know, as written
    ("Police officers in Bursa on Tuesday. (IHX Photo)", {("IHX", "image credit")}),
    ("A damaged house in Jatinangor on Monday. (Beritakestrel Photo/Jaja Suteja)", {("Beritakestrel", "image credit")}),
    # round 135: two bodies credited together are each credited; a picture's number, a handle or a photographer
    # beside a credited body names no source
    ("Photo: Kestrelpix/LETA", {("Kestrelpix", "image credit"), ("LETA", "image credit")}),
    ("Image: Kestrel Observatory/NOIRLab", {("Kestrel Observatory", "image credit"), ("NOIRLab", "image credit")}),
    ("Photo: Instagram/@kestrel_fan", {("Instagram", "image credit")}),
    ("Photo: KMA/25011501", {("KMA", "image credit")}),
    ("Photo: Sophie Fenwick, 25-1104-07", set()),
    ("Photo: Mustafa Kaya-Öztürk - Anadolu Agency", {("Anadolu Agency", "image credit")}),
    ("PHOTO | LUCY KESTREL | NMG", {("NMG", "image credit")}),
    # round 136: "Photo courtesy of the …", and "Courtesy of" alone in a caption's closing brackets
    ("The drill in a photo released on Tuesday. Photo courtesy of the Kestrel Ministry of Defense",
     {("Kestrel Ministry of Defense", "image credit")}),
    ("Night Harbor (Courtesy of Kestrel Pictures)", {("Kestrel Pictures", "image credit")}),
    ("He won, courtesy of a late goal by Smith.", set()),
])
def test_slash_credits_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state body's shape gives its kind; a leading "US" before "National" is dropped
    ("The National Fisheries Service warned that stocks were falling.",
     {("National Fisheries Service", "government body")}),
    ("Levels rose, according to the US National Seismology Administration.",
     {("National Seismology Administration", "government body")}),
    ("The Federal Returning Officer said turnout was 70%.", {("Federal Returning Officer", "government body")}),
    ("The Provincial Water Department said supplies were safe.", {("Provincial Water Department", "government body")}),
    ("The High Court on Monday said the ban was lawful.", {("High Court", "government body")}),
    # negative: a "National … Union" is no state body, and a person with a title is not a body
    ("The National Dockers Union said the strike would go on.", {("National Dockers Union", "unknown")}),
    ("Council President Maria Lopez said the vote would go ahead.", set()),
    # an acronym in brackets and an appositive between the name and the verb
    ("The Office for Fiscal Scrutiny (OFS), the state's independent forecaster, said growth would slow.",
     {("Office for Fiscal Scrutiny", "government body")}),
    # a body speaking through its officer, under the full name the article gives
    ("The Ghana Dockworkers Congress called a strike. The GDC President, Kofi Mensah, said talks had failed.",
     {("Ghana Dockworkers Congress", "unknown")}),
    # negative: a country's acronym before a title is a place
    ("USA President Joe Bloggs said the deal was done.", set()),
    # a body's own numbers: "the X's estimate"
    ("The European Space Agency's estimate is 2.8%.", {("European Space Agency", "international organisation")}),
    # "a study by …": the body that owns the study part is dropped
    ("A 2024 study by Lakeside University's Media Research Lab found engagement fell.",
     {("Media Research Lab", "unknown")}),
    # a multi-word body before "spokesperson"; negative: a one-word surname is not a body
    ("A Department of Rural Affairs spokesperson said the scheme was fair.",
     {("Department of Rural Affairs", "government body")}),
    # a ministry written in lower case after a national adjective, only when it informs
    ("The Chilean foreign ministry said the envoy had left.", {("Chilean Foreign Ministry", "government body")}),
    ("The Chilean foreign ministry dismissed the report as baseless.", set()),
    # a web address is an organisation; "called" naming a channel is no speech
    ("Two million homes lost power, according to PowerWatch.org.", {("PowerWatch.org", "unknown")}),
    ("Videos were posted on a channel set up by the Interior Ministry called 'Home'.", set()),
    # a state broadcaster after "read on", a sports desk after "told"
    ("The order came in a statement read on state television ORTB.", {("ORTB", "news outlet")}),
    ("\"We lost,\" the captain told Nine Sport after the match.", {("Nine Sport", "news outlet")}),
    # negative: the employer of a quoted analyst is not a source; analysts (plural) at a firm are
    ("\"Demand is huge,\" said Ann Lee, an analyst at Redwood.", set()),
])
def test_general_body_rules_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A senior official told Haaretz the talks were stuck.", {("Haaretz", "news outlet")}),
    ("Speaking with PUNCH on Sunday, the union leader said prices must fall.", {("Punch", "news outlet")}),
    ("Speaking to Straits Times, a researcher said cases had fallen.", {("The Straits Times", "news outlet")}),
    ("The statement was carried by the state news agency IRNA.", {("IRNA", "news agency")}),
    ("\"We will not reverse it,\" a spokesperson said in an email to CBC News.", {("CBC News", "news outlet")}),
    ("Two doses are 97% effective, according to the CDC.",
     {("Centers for Disease Control and Prevention", "government body")}),
])
def test_registry_outlets_after_cues_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # cues of polls and confirmations; a verb after a name is in lower case ("Facebook Notes")
    ("Economists polled by Reuters had expected a cut.", {("Reuters", "news agency")}),
    ("The firm confirmed to TechCrunch that the test had ended.", {("TechCrunch", "news outlet")}),
    ("\"It is Facebook Notes again,\" a user wrote.", set()),
    # a bare "the" joins no name
    ("An aide told the Lakeside Gazette the Council would meet.", {("Lakeside Gazette", "news outlet")}),
    # the legal form of a company, "Limited", a "Press Agency"
    ("Kestrel Co. plans new jobs. Kestrel said in a statement that hiring would start in May.",
     {("Kestrel", "company")}),
    ("Northfield Match Officials Limited (NMOL), the body in charge of referees, said the goal stood.",
     {("Northfield Match Officials Limited", "company")}),
    ("The Lakeland Press Agency reported the fire.", {("Lakeland Press Agency", "news agency")}),
    # a one-word body before "spokesperson" is the department the article named
    ("The Energy Department is drafting rules. An Energy spokesperson said the work was early.",
     {("Energy Department", "government body")}),
    # a relative clause between a body and its verb
    ("The World Health Organization, which declared an emergency in August after weeks of talks, says cases "
     "are rising.", {("World Health Organization", "international organisation")}),
    # the wire tag of a press release, a journal, a pollster
    ("AUSTIN, Texas, May 2, 2025 /PRNewswire/ -- Kestrel unveiled a new drill.", {("PRNewswire", "unknown")}),
    ("The study, published Tuesday in Ocean Letters, found the reef had shrunk.", {("Ocean Letters", "unknown")}),
    ("According to a Harrow poll published Sunday, 40% back the plan.", {("Harrow", "unknown")}),
    # a body told something is a news medium only when its name ends like one
    ("He told the Science Media Centre that the data were thin.", {("Science Media Centre", "unknown")}),
    # weather services: a registry body, and "forecast" as a reporting verb
    ("The Met Office has forecast heavy rain for Friday.", {("Met Office", "government body")}),
    ("Met Éireann warns of gusts of 130km/h.", {("Met Éireann", "government body")}),
])
def test_rules_of_set_6_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("outlet", "text", "expected"), [
    # the article's own outlet, by its last word or its name, under the registry's name
    ("NZ Herald", "A pensioner told the Herald she skipped meals.", {("The New Zealand Herald", "news outlet")}),
    # a name missing from the registry takes the kind its newspaper word gives ("… Chronicle")
    ("Otago Chronicle", "A farmer told the Chronicle the river was brown.", {("Otago Chronicle", "news outlet")}),
    # round 14: an unlisted own outlet is a news outlet, the article itself being the evidence
    ("Trendwire", "The singer told Trendwire she was \"done\".", {("Trendwire", "news outlet")}),
    # negative: another outlet's last word stays unmatched
    ("Otago Chronicle", "A farmer told the Herald the river was brown.", {("Herald", "news outlet")}),
    # round 26: the ending of a three-word name, and its initials
    ("Edinburgh Evening News", "A trader told the Evening News the works had cost him.",
     {("Edinburgh Evening News", "news outlet")}),
    ("Kathmandu Mountain Times", "An official told KMT that roads were closed.",
     {("Kathmandu Mountain Times", "news outlet")}),
    # round 94: the own outlet credited by its initials or name before "photo"
    ("The Kestrel Times", "Mr Lim at his stall. KT PHOTO: DESMOND LEE KAI", {("The Kestrel Times", "image credit")}),
    ("The Tribune", "Farmers in Bathinda. Tribune photo", {("The Tribune", "image credit")}),
    # round 78: one word of the own outlet's name told something is the own outlet
    ("Kestrel Citizen", "A tenant told the Citizen she had waited a year.", {("Kestrel Citizen", "news outlet")}),
    ("Corriere della Kestrel", "\"It is a stage set,\" he told Corriere.", {("Corriere della Kestrel", "news outlet")}),
])
def test_own_outlet_cited_by_hand(outlet, text, expected):
    articles = _articles([text]).assign(outlet=outlet)
    found = cited_sources(articles)
    assert set(zip(found["source"], found["kind"])) == expected


def test_credit_naming_only_a_photographer_is_no_source():
    found = cited_sources(_articles(["Firefighters near the ridge. Photo: Jane Doyle",
                                     "Firefighters near the ridge. Photo: Getty"]))
    assert set(zip(found["doc_id"], found["source"])) == {("d001", "Getty Images")}


@pytest.mark.parametrize(("text", "expected"), [
    # state bodies by the shape of their names; "… News Agency" stays a news agency
    ("Harbour Valley Police said two men were arrested.", {("Harbour Valley Police", "government body")}),
    ("Police Wessex said the road was closed.", {("Police Wessex", "government body")}),
    ("The Northern Health Security Agency said cases rose.", {("Northern Health Security Agency", "government body")}),
    ("The Islands Statistics Authority said prices fell.", {("Islands Statistics Authority", "government body")}),
    ("The Lagos Municipal Corporation said it would act.", {("Lagos Municipal Corporation", "government body")}),
    ("The Coastal News Agency reported the sinking.", {("Coastal News Agency", "news agency")}),
    # an acronym refers back to the full name it followed in brackets, or whose initials it spells
    ("The Anti-Fraud and Assets Commission (AFAC) charged him. A judge heard counsel to the AFAC, according "
     "to the AFAC.", {("Anti-Fraud and Assets Commission", "government body")}),
    ("The Department of Ports issued a rule. Delays fell, according to DOP data.",
     {("Department of Ports", "government body")}),
    # a one-word body before "spokesperson" is the full name the article gives; an appositive gives its kind
    ("Orbit Labs, the Austin software firm, cut jobs. An Orbit spokesperson confirmed the cuts.",
     {("Orbit Labs", "company")}),
    # the wires of a closing source line
    ("Source: AFP/xx", {("AFP", "news agency")}),
])
def test_rules_of_set_7_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("outlet", "line", "expected"), [
    ("Daily Planet", "Ships in the harbour. (photo credit: REUTERS/Ana Lopes)", {("Reuters", "image credit")}),
    ("Daily Planet", "Ships in the harbour. (Reuters/Ana Lopes)", {("Reuters", "image credit")}),
    ("Daily Planet", "Ships in the harbour. Foto: Ana Lopes / dpa", {("dpa", "image credit")}),
    ("Daily Planet", "Ships in the harbour. File photo/AP", {("Associated Press", "image credit")}),
    ("Daily Planet", "Ships in the harbour. © Reuters", {("Reuters", "image credit")}),
    # the outlet's own photo credit by its initials; another outlet's initials are none
    ("Daily Planet", "Ships in the harbour. (DP Photo)", {("Daily Planet", "image credit")}),
    ("Daily Planet", "Ships in the harbour. (XY Photo)", set()),
])
def test_image_credits_of_set_7_by_hand(outlet, line, expected):
    found = cited_sources(_articles([line]).assign(outlet=outlet))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a body's own words give its kind: a local council, a government, a regulator, "Centers for …", a Yuan
    ("Swansea Council said the road would reopen.", {("Swansea Council", "government body")}),
    ("The Scottish Government said the guidance stands.", {("Scottish Government", "government body")}),
    ("The Centers for Food & Drug Safety said in a statement that it does not comment.",
     {("Centers for Food & Drug Safety", "government body")}),
    ("The Legislative Yuan said the bill would be debated.", {("Legislative Yuan", "government body")}),
    # an acronym written as a word speaks as the full name given in brackets, when it fits the name
    ("The National Flood Response Agency (Nafra) shut roads. Nafra said in a statement that boats were out.",
     {("National Flood Response Agency", "government body")}),
    # an agency tag after a dated dateline needs no dash
    ("Lagos, Mar 3 (Reuters) The Ports Authority on Monday shut the jetty.", {("Reuters", "news agency")}),
])
def test_body_kinds_acronyms_and_datelines_of_set_8_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # kinds from a name's head word (before its first "of"/"for") and statistics, fire and court words
    ("The Ohio Department of Coastal Affairs said beaches would shut.",
     {("Ohio Department of Coastal Affairs", "government body")}),
    ("The Agency for Marine Safety said the ferry was sound.", {("Agency for Marine Safety", "government body")}),
    ("Statistics Ruritania reported that prices rose 3%.", {("Statistics Ruritania", "government body")}),
    ("Prices rose, the Ruritanian Statistical Institute announced.",
     {("Ruritanian Statistical Institute", "government body")}),
    ("Three people were rescued, Springfield Fire-Rescue said.", {("Springfield Fire-Rescue", "government body")}),
    ("The Medical Research Council of Ruritania, which funded the trial, said it was pleased.",
     {("Medical Research Council of Ruritania", "government body")}),
    ("The port was shut, the Ministry of Ports, Roads and Rail (MPRR) said. The cost rose, according to MPRR.",
     {("Ministry of Ports, Roads and Rail", "government body")}),
    # "… News Agency" / "… Press Agency" after "told" stays a news agency
    ("The minister told the Ruritanian Press Agency that talks were over.",
     {("Ruritanian Press Agency", "news agency")}),
    # a descriptor before a name or an appositive after it gives the kind, and lets a name speak
    ("Ruritania chose the state shipping corporation Oceanline to build it. Oceanline said it was ready.",
     {("Oceanline", "company")}),
    ("The line will open in May, Transline, the regional transit agency, announced.",
     {("Transline", "government body")}),
    ("Vela Robotics, the Oslo company valued at $2 billion, said in a statement it would comply.",
     {("Vela Robotics", "company")}),
    # a relative clause with brackets and decimals, an appositive and a reaction verb
    ("The Nordic Aid Agency (NAA), which paid 43.7 million (US$4.1 million) of the cost, said in a statement it "
     "was proud.", {("Nordic Aid Agency", "government body")}),
    ("The Ruritania Nurses Association, the largest union, welcomed the deal but said pay lagged.",
     {("Ruritania Nurses Association", "unknown")}),
    # the subject of a sentence that reports in a participle; a court's ruling
    ("The Bank of Canada held its rate on Wednesday, saying the outlook was unclear.",
     {("Bank of Canada", "government body")}),
    ("The Harbour City High Court today acquitted the former mayor, ruling that the evidence was weak.",
     {("Harbour City High Court", "government body")}),
    ("HARBOUR CITY, Ruritania – The mayor resigned on Monday, saying he was tired.", set()),
])
def test_body_kinds_and_speaking_bodies_of_set_9_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # citing cues: a body's data, a poll that found, brand-like names, an acronym told something
    ("Based on DOPR data, five firms won half the contracts. The Department of Ports and Roads (DOPR) declined "
     "to comment.", {("Department of Ports and Roads", "government body")}),
    ("A Pollwise survey commissioned by the charity found that 40% carried knives.", {("Pollwise", "unknown")}),
    ("Support rose to 18%, according to a poll by ReSearCh published on Monday.", {("ReSearCh", "unknown")}),
    ("Five were jailed, according to the rights group ABC-Watch.", {("ABC-Watch", "unknown")}),
    ("A farmer told KRTV that the river had risen.", {("KRTV", "news outlet")}),  # a call sign (round 112)
    # a head noun refers back to the body named before it
    ("The Lakeside Museum unveiled the painting on Tuesday. It will hang in Room 4, the museum said in a "
     "statement.", {("Lakeside Museum", "unknown")}),
    ("Judge Ana Ruiz of the Ruritania District Court jailed him. In a statement, the court said he lied.",
     {("Ruritania District Court", "government body")}),
    ("Pension Credit is unclaimed, a charity has warned. The charity said millions lose out.", set()),
    # a registry acronym the article spells out as another body is that body
    ("The Planning Authority approved the tower. A PA spokesperson said the rules were followed.",
     {("Planning Authority", "government body")}),
    ("Reporting by PA. The Press Association said the count was late.", {("PA Media", "news agency")}),
    # a programme is no source; spreading on a platform is no statement, writing on it is
    ("'We will not budge,' the minister said on the network's Insiders program.", set()),
    ("Clips of the crash were soon circulating on TikTok and Facebook.", set()),
    ("The phrase went viral on TikTok last year.", set()),
    ("The senator wrote on Facebook that the family had lost everything.", {("Facebook", "social platform")}),
])
def test_citing_cues_backrefs_and_platforms_of_set_9_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("outlet", "line", "expected"), [
    # "<Photographer>/<Agency>", "<Agency>/<Photographer>", "Photo by … /<Outlet>", own staff, "| X"
    ("Daily Planet", "The governor in Ottawa. Adrian Lee/The Canadian Press", {("The Canadian Press", "image credit")}),
    ("Daily Planet", "The lake at dawn. REUTERS/Ana Lopes", {("Reuters", "image credit")}),
    ("Daily Planet", "EFE/Ana Lopes", {("EFE", "image credit")}),
    ("Daily Planet", "Residents wade through a street. Photo by Ana Lopes/Rappler", {("Rappler", "image credit")}),
    ("Daily Planet", "Passengers board a train. Photo by VnExpress/Ana Lopes", {("VnExpress", "image credit")}),
    ("The Daily Courier", "The governor signed the bill.Ana Lopes/Courier Staff",
     {("The Daily Courier", "image credit")}),
    ("Daily Planet", "Trucks queue at the border. PHOTO | FILE | KMG", {("KMG", "image credit")}),
    # "Supplied" or a handout names no source
    ("Daily Planet", "The lead author. Photo: Supplied", set()),
    ("Daily Planet", "The lead author. Photo: Handout", set()),
])
def test_image_credits_of_set_9_by_hand(outlet, line, expected):
    found = cited_sources(_articles([line]).assign(outlet=outlet))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name may list its parts with commas up to an "and"
    ("A spokesperson for the Department of Agriculture, Water and the Environment said the scheme would close.",
     {("Department of Agriculture, Water and the Environment", "government body")}),
    ("Lena Holt, of the Rail, Tram and Bus Union, said drivers were exhausted, the Ferry and Dock Union said.",
     {("Ferry and Dock Union", "unknown")}),
    ("The Ministry of Agriculture, Forestry and Fisheries said the harvest was late.",
     {("Ministry of Agriculture, Forestry and Fisheries", "government body")}),
    # a list of places is no body
    ("Norway, Sweden and Finland said the border would stay open.", set()),
    # a head noun with a possessive refers back to the body when its officer speaks
    ("The Volcanology Agency raised the alert level. \"Stay out of the zone,\" the agency's head, Rudi Hartono, said.",
     {("Volcanology Agency", "government body")}),
    ("The Port Workers Union called a strike. The union's regional secretary, Ana Ruiz, said pay had fallen.",
     {("Port Workers Union", "unknown")}),
    # the possessive alone cites nothing: "the agency's budget"
    ("The Volcanology Agency was founded in 1950. The agency's budget was cut.", set()),
    # an acronym whose governor or head speaks is the body
    ("The Central Bank of Kenya (CBK) held rates. CBK governor Paul Mwangi said inflation was easing.",
     {("Central Bank of Kenya", "government body")}),
])
def test_list_names_officer_backrefs_and_governors_of_set_10_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a credit in square brackets at a caption's end, an agency by its initials
    ("Students sit a mock exam in Seoul. [YONHAP]", {("Yonhap", "image credit")}),
    ("The drillship in the Black Sea. (AA Photo)", {("Anadolu Agency", "image credit")}),
    # initials no agency has credit nothing; a bracketed word that is no registry name neither
    ("The drillship in the Black Sea. (QQ Photo)", set()),
    ("The bridge at night. [FILE]", set()),
])
def test_image_credits_of_set_10_by_hand(line, expected):
    found = cited_sources(_articles([line]))
    assert set(zip(found["source"], found["kind"])) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a central bank added to the registry (round 8) is a government body under its canonical name
    ("“Inflation is easing,” the Riksbank said.", {("Riksbank", "government body")}),
    ("According to Sveriges Riksbank, inflation is easing.", {("Riksbank", "government body")}),
])
def test_central_banks_of_round_8_by_hand(text, expected):
    found = cited_sources(_articles([text]))
    assert set(zip(found["source"], found["kind"])) == expected


def _found(text: str, outlet: str = "x") -> set:
    articles = _articles([text]).assign(outlet=outlet)
    found = cited_sources(articles)
    return set(zip(found["source"], found["kind"]))


@pytest.mark.parametrize(("text", "expected"), [
    # a photographer beside a name that is none credits that name, also outside the registry
    ("The harbour at dawn. Photo: Anna Lind/SKP", {("SKP", "image credit")}),
    ("The harbour at dawn. (Jan Novák/Pixelhaus)", {("Pixelhaus", "image credit")}),
    ("The harbour at dawn. Northfoto Images/Jan Novák", {("Northfoto Images", "image credit")}),
    ("The harbour at dawn. Jan Novák/Photographer", set()),
    ("The harbour at dawn. Picture by Mal McCann", set()),
    # "Courtesy of", "Photo via", a "Source:" after the caption, a shouted registry name
    ("The dam. Photo: Courtesy of Coast Guard Command", {("Coast Guard Command", "image credit")}),
    ("The dam. Source: Ola Berg/NRK", {("NRK", "image credit")}),
    ("The dam. (THE CANADIAN PRESS/Sean Kilpatrick)", {("The Canadian Press", "image credit")}),
    # a credit by acronym under the name the article spells out, also in another language's order
    ("The National Water Board (NWB) said levels fell.\n\nThe dam. Photo: NWB",
     {("National Water Board", "government body"), ("National Water Board", "image credit")}),
    ("Figures from the Forest Protection Agency (OPF) show fires rose.\n\nA ranger. Photo via OPF",
     {("Forest Protection Agency", "government body"), ("Forest Protection Agency", "image credit")}),
])
def test_image_credits_of_set_12_by_hand(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a descriptor opens the clause of the body that speaks, and gives its kind
    ("Ratings agency Moodwell warned that the outlook was negative.", {("Moodwell", "company")}),
    ("The state-run Danish Soil Institute (DSI) said on Monday that the soil was dry.",
     {("Danish Soil Institute", "government body")}),
    # an appositive past the acronym gives the kind; weather services are state bodies
    ("The Cotton Marketing Board (CMB), the sector's regulator, has said sales rose.",
     {("Cotton Marketing Board", "government body")}),
    ("According to the Norwegian Meteorological Institute, it was the warmest May.",
     {("Norwegian Meteorological Institute", "government body")}),
    ("The Pacific Fisheries Centre (PFC), an intergovernmental body, said stocks fell.",
     {("Pacific Fisheries Centre", "international organisation")}),
    # a survey carried out by, a filing with, a prosecution brought by
    ("The survey, carried out by Delta Research in May, found rents rose.", {("Delta Research", "unknown")}),
    ("The deal was disclosed in a filing with the Securities and Exchange Commission.",
     {("Securities and Exchange Commission", "government body")}),
    # a registry name inside a longer name that the acronym after it spells is the longer name
    ("An eruption began, the Icelandic Met Office (IMO) has confirmed.",
     {("Icelandic Met Office", "government body")}),
    # the issuer of a release after its office or contact person; a city and an NHS trust are state bodies
    ("Rates will rise.\nIssued by: Media Office, City of Port Mara", {("City of Port Mara", "government body")}),
    ("For more information, contact: Ann Roe, Press Officer, Galway Chamber", {("Galway Chamber", "unknown")}),
    ("Issued by the Communications Team, North Vale NHS Foundation Trust",
     {("North Vale NHS Foundation Trust", "government body")}),
    # a head noun is no one-word body: "The ministry said" names none by itself
    ("The ministry said it had signed the agreements.", set()),
])
def test_bodies_of_set_12_by_hand(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "outlet", "expected"), [
    # an own outlet missing from the registry: its title with "The" as written, its initials,
    # its short name before an edition word and a hyphenated title after a place, as written
    ("“We will act,” she told The Harbour Times.", "Harbour Times", {("The Harbour Times", "news outlet")}),
    # (round 14: every name of the outlet's own is a news outlet, the article being the evidence)
    ("“We will act,” she told The STAR.", "Valley Star", {("The Valley Star", "news outlet")}),
    ("“We will act,” she told FVT.", "Free Valley Today", {("Free Valley Today", "news outlet")}),
    ("“We will act,” she told Uutis.", "Uutis News", {("Uutis", "news outlet")}),
    ("“We will act,” she told the Post-Courier.", "PNG Post-Courier", {("Post-Courier", "news outlet")}),
    ("The harbour. Source: Siim Lõvi/ERR", "ERR News", {("ERR", "image credit")}),
])
def test_own_outlet_names_of_set_12_by_hand(text, outlet, expected):
    assert _found(text, outlet) == expected


# --------------------------------------------------------------------------- round 11 (from set 14's misses)
# Hand-written texts; the expected (source, kind) pairs are read off each text by the conventions of the
# blind sets (tests/sourcing/test_blind_sourcing.py).


@pytest.mark.parametrize(("text", "expected"), [
    # a one-word body speaks "in an email"; appositives "an alliance", "a nonprofit"; a possessive is none
    ("Brexco said in an email that it would appeal.", {("Brexco", "unknown")}),
    ("Lake Shore Nations, an alliance of five bands, said in a statement that the plan was unlawful.",
     {("Lake Shore Nations", "unknown")}),
    ("Clean Rivers Now, a nonprofit that tracks pollution, estimated in a report that spills doubled.",
     {("Clean Rivers Now", "unknown")}),
    ("Mark Dunne-Hale, the group's president, says costs are rising.", set()),
    # a person's affiliation is no speaking body; a capitalised "Daily" is the name's
    ("\"It is melting,\" hydrologist Ana Ruiz of the University of Westmark told the Daily Courier.",
     {("Daily Courier", "news outlet")}),
    # "Comptroller" heads a state body's name; a body's own acronym, a descriptor before it or its legal
    # form elsewhere make a name a speaking body
    ("The Ohio Comptroller of Public Accounts said Friday that 90,000 families applied.",
     {("Ohio Comptroller of Public Accounts", "government body")}),
    ("Rugby Pacific Islands (RPI) said in a statement that the match would go ahead.",
     {("Rugby Pacific Islands", "unknown")}),
    ("The solar company Desert Sun Energy (DSE) said on Monday it had delayed the plant.",
     {("Desert Sun Energy", "company")}),
    ("Regulators fined digital lender Quick Cash Ltd.\n\nQuick Cash said in a statement that it would appeal.",
     {("Quick Cash Ltd", "company")}),
    # a body before its named spokesperson, no article; a common noun there is none
    ("Nupsaw spokesperson Tendai Moyo called the deal \"a betrayal\".", {("Nupsaw", "unknown")}),
    ("Police spokesperson Ann Lee said two men were held.", set()),
    ("Harbour Senior Care, a Leeds-based company that runs 12 homes, was sued.\n\n"
     "Harbour spokesperson Dana Cole said the firm denied the claims.", {("Harbour Senior Care", "company")}),
])
def test_speaking_bodies_of_round_11_by_hand(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an acronym's officer with a capitalised role, past "Capt."; a central bank's governor
    ("The Kisumu Water Authority (KWA) cut supply.\n\nKWA Managing Director Capt. Jane Atieno said supply would "
     "resume.", {("Kisumu Water Authority", "government body")}),
    ("The Reserve Bank of Lorland cut its rate on Thursday.\n\nGovernor Ivo Marek told a briefing that inflation "
     "had eased.", {("Reserve Bank of Lorland", "government body")}),
    # head nouns referring back: "the police", "the state-owned power company" after a name with its acronym
    ("The Kerala Police arrested three men, the police said on Monday.", {("Kerala Police", "government body")}),
    ("Électricité de Nord (EDN) will raise supply, the state-owned power company announced on Sunday.",
     {("Électricité de Nord", "company")}),
    # a medium named before its kind; a registry body by its other name; a city's division
    ("The order came in a notice published on Sunday in the state-run Morning Star of Lorland newspaper.",
     {("Morning Star of Lorland", "news outlet")}),
    ("Te Whatu Ora has confirmed three more cases.", {("Health New Zealand", "government body")}),
    ("According to the report from the city's Parks Services Division, costs tripled.",
     {("Parks Services Division", "government body")}),
    # a head noun alone, a titled person, an office holder issuing a release, a future post: no sources
    ("The Committee found the club at fault and described the incident as serious.", set()),
    ("Committee Chairperson Advocate Ruth Banda said the fine would stand.", set()),
    ("Issued by: John Phiri, NFA Communications Manager", set()),
    ("Updates will also be posted on the Authority's official X account.", set()),
    # a hospital speaks, its name as written (curly apostrophe kept)
    ("Riverside Children’s Hospital today announced a new ward.", {("Riverside Children’s Hospital", "unknown")}),
])
def test_officers_backrefs_and_names_of_round_11_by_hand(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("outlet", "text", "expected"), [
    # "The …" is no photographer: the own outlet after one; of two names the second credits
    ("The Harbour Banner", "The pier at dusk. (Ana Ruiz/The Harbour Banner)", {("The Harbour Banner", "image credit")}),
    ("x", "Flood water on Main Street. (Joel Lee / Valley Empire)", {("Valley Empire", "image credit")}),
    # "Photo courtesy of", a credit keeping its acronym, an own outlet's archive ("FILES")
    ("x", "The new ward.\n\nPhoto courtesy of Riverside Children’s Hospital",
     {("Riverside Children’s Hospital", "image credit")}),
    ("x", "Fans at the final.\n\nPhoto credit: NFA Media", {("NFA Media", "image credit")}),
    ("Valley Times", "Crowds at dusk. MIKA LEE / VALLEY TIMES FILES", {("Valley Times", "image credit")}),
    # the own outlet credited in a dateline
    ("Steppe News", "ULAN TOWN, May 2 (Steppe News) – The festival opened on Friday.", {("Steppe News", "news outlet")}),
])
def test_credits_of_round_11_by_hand(outlet, text, expected):
    assert _found(text, outlet) == expected


@pytest.mark.parametrize(("outlet", "text", "expected"), [
    # round 173: a credit to a word or the initials of the article's own outlet is that outlet, before the registry
    ("Kestrel Valley Nugget", "The ward closed.\n\nPhoto: The Nugget", {("Kestrel Valley Nugget", "image credit")}),
    ("Wexmoor Times", "The ward closed.\n\nPhoto: Ann Lee/The Times", {("Wexmoor Times", "image credit")}),
    ("Riverside Broadcasting Agency", "The ward closed.\n\nPhoto: RBA", {("Riverside Broadcasting Agency", "image credit")}),
    # ... a picture's word after a one-word name is no part of it; a staff credit names no source
    ("x", "The ward closed.\n\nPhoto: SunCoast Photo", {("SunCoast", "image credit")}),
    ("x", "The ward closed.\n\nPhoto: AAP Image/Ann Lee", {("Australian Associated Press", "image credit")}),
    ("x", "The ward closed.\n\nPhoto: Ann Lee/Staff", set()),
    # round 173: a country's army, a UN body by its name, a call sign's news channel, the ABC
    ("x", "The Philippine Army said two soldiers were hurt.", {("Philippine Army", "government body")}),
    ("x", "The United Nations Mission in Kestrel (UNMIK) said patrols had been sent.",
     {("United Nations Mission in Kestrel", "international organisation")}),
    ("x", "He told KXYZ News 9 that he was scared.", {("KXYZ News 9", "news outlet")}),
    ("x", "According to the ABC, the levy will rise.", {("ABC", "news outlet")}),
    # round 173: a person "of" a body with an organisation's word, the person's name in any alphabet
    ("x", "Gregor Žnidar of the Wexmoor Mountain Rescue Association said the slope was unstable.",
     {("Wexmoor Mountain Rescue Association", "unknown")}),
    # ... but not a body of one word ("Joint Chiefs of Staff" stays whole)
    ("x", "The Joint Chiefs of Staff said the launch had been detected.", {("Joint Chiefs of Staff", "government body")}),
    # round 173: national news agencies added to the registry
    ("x", "The Slovenian agency STA reported the avalanche.", {("Slovenian Press Agency", "news agency")}),
    ("x", "He told LETA that the fire was out.", {("LETA", "news agency")}),
    # round 174: utilities are companies; Swahili and Portuguese connectors join a body's name before its acronym
    ("x", "A spokesperson for Kestrel Pines Utilities said the water was unsafe.",
     {("Kestrel Pines Utilities", "company")}),
    ("x", "The strike was called by Chama cha Walimu Kestrel (CWK). CWK regional secretary Amani Mwita said teachers "
     "were owed.", {("Chama cha Walimu Kestrel", "unknown")}),
    # round 176: an unnamed official of a body of two words or more whose words name a body cites it
    ("x", "A Wexmoor Provincial Police official told reporters that gunmen had opened fire.",
     {("Wexmoor Provincial Police", "government body")}),
    ("x", "A senior Kestrel Ministry of Health official said the plan was on track.",
     {("Kestrel Ministry of Health", "government body")}),
    # ... not a place's ("A Kestrel Valley official")
    ("x", "A Kestrel Valley official said the road would reopen.", set()),
    # round 182: a medium named right before "reported" opening the sentence or closing an inverted attribution
    ("x", "Police waited outside the gates, El Vigía reported.", {("El Vigía", "news outlet")}),
    ("x", "Two officials were detained, Kestrelnews reported, citing sources close to the case.",
     {("Kestrelnews", "news outlet")}),
    ("x", "Wexmoorinfo reported on Thursday that the checkpoints had reopened.", {("Wexmoorinfo", "news outlet")}),
    # ... not a person named in the article, nor a common word opening the sentence
    ("x", "Dana Wexmoor saw the crash. Wexmoor reported that the car was red.", set()),
    ("x", "Police reported three arrests.", set()),
    # round 183: a dateline's agency before a colon; "first reported" with a time before "by"; a web address under a
    # country's domain told something
    ("x", "Manila, Jan 31 (AFP): Thousands of drivers faced the loss of their jobs.", {("AFP", "news agency")}),
    ("x", "The suspension was first reported Tuesday morning by the Kestrel Ledger.", {("Kestrel Ledger", "news outlet")}),
    ("x", "One resident told wexmoor.is that the sky was orange.", {("wexmoor.is", "news outlet")}),
    # round 184: a name whose own words make it a medium is one after "told the" ("the ABC", "the Daily Kestrel")
    ("x", "He told the ABC the levy was unfair.", {("ABC", "news outlet")}),
    ("x", "She told the Daily Wexmoor that the plant would close.", {("Daily Wexmoor", "news outlet")}),
    # ... an audience still is none
    ("x", "She told the Wexmoor Assembly that the plant would close.", set()),
    # round 186: "reports" as "reported", an acronym too; a body's data or figures after "after" or with a participle
    ("x", "The town was shut, KXN reports.", {("KXN", "news outlet")}),
    ("x", "Sales fell a week after Kestrel Department data showed a slump.", {("Kestrel Department", "government body")}),
    ("x", "Stats Wexmoor figures released last week showed prices rose.", {("Stats Wexmoor", "government body")}),
    # round 187: a publication or news portal described before its name; a station an interview was "over"
    ("x", "Plans were first reported by industry publication KestrelAsia last month.",
     {("KestrelAsia", "news outlet")}),
    ("x", "The club denied it, the news portal Wexmoorblik reported.", {("Wexmoorblik", "news outlet")}),
    ("x", "\"We are sending the police,\" she said in a radio interview over DZXK.", {("DZXK", "news outlet")}),
    # round 188: two or three words after "the", or with an acronym, before "reported"; not a body or a place
    ("x", "Talks will resume on Wednesday, the Kestrel Beacon reported.", {("Kestrel Beacon", "news outlet")}),
    ("x", "WXT Today reported last week that developers had cut staff.", {("WXT Today", "news outlet")}),
    ("x", "Prices rose, the United States reported.", set()),
    # round 190: a registry's one-word alias inside another capitalised name is none ("Sky" in "Big Sky Conference")
    ("x", "The Big Sky Conference said it was aware of the incident.", {("Big Sky Conference", "unknown")}),
    ("x", "She told Sky News it was over.", {("Sky News", "news outlet")}),
    # round 191: "a spokesperson of" a body (South Asian and African usage); a notice or circular from a body
    ("x", "A spokesperson of K&W Police said a case had been registered.", {("K&W Police", "government body")}),
    ("x", "A notice from the Kestrel da Luz Government, posted on the island's Facebook page on Saturday evening, "
     "said the ship was turned away.",
     {("Kestrel da Luz Government", "government body"), ("Facebook", "social platform")}),
])
def test_credits_and_kinds_of_rounds_173_to_191_by_hand(outlet, text, expected):
    assert _found(text, outlet) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 13: a name never crosses a line break ("Monday" ends one paragraph, the body opens the next)
    ("Repayment was due on Monday\n\nMarlow Estate Holdings, a Leeds property company, missed the payment.\n\n"
     "The company said in a filing that talks continued.", {("Marlow Estate Holdings", "company")}),
    # a capitalised common noun opening a sentence, written in lower case elsewhere, is no body
    ("Insurer says claims will be paid.\n\nThe insurer faces 4,000 claims; the company said payouts would start.",
     set()),
    # a broadcaster's number and a number after a slash are the name's; a place before "daily" is none
    ("She spoke in an interview with Radio 7, as reported by the Lisbon daily Diário/24.",
     {("Radio 7", "news outlet"), ("Diário/24", "news outlet")}),
    # a possessive apostrophe before a body opens no clause: the affiliated person speaks
    ("Professor Ana Lima from the University of Wales' Tide Institute told the Daily Courier the data were clear.",
     {("Daily Courier", "news outlet")}),
    # "state-run" says who owns a body: a kind its name gives comes first
    ("The figures were carried by the state-run Lorland News Agency.", {("Lorland News Agency", "news agency")}),
    # a word shouted at a paragraph's start is written as the article writes it elsewhere
    ("HARBOUR City Council said on Monday it would raise fees at the Harbour market.",
     {("Harbour City Council", "government body")}),
])
def test_names_of_round_13_by_hand(text, expected):
    assert _found(text) == expected


# --------------------------------------------------------------------------- round 14 (from set 17's misses)


@pytest.mark.parametrize(("text", "outlet", "expected"), [
    # the article's own outlet missing from the registry is a news outlet, its name matched without case,
    # a leading "The", a note in brackets or a web domain's suffix
    ("“It was a fair result,” he told Harbourline.ie.", "Harbourline.ie (court report)",
     {("Harbourline.ie", "news outlet")}),
    ("“It was a fair result,” he told The Lantern.", "The Lantern (news)", {("The Lantern", "news outlet")}),
    # a registry outlet keeps its registry kind
    ("“It was a fair result,” he told Reuters.", "Reuters (wire)", {("Reuters", "news agency")}),
])
def test_own_outlet_is_a_news_outlet_of_round_14_by_hand(text, outlet, expected):
    assert _found(text, outlet) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 14: "has called" with a label in quotes is a verb, not a naming ("a channel called '…'")
    ("Exports will fall, a forecast the World Health Organization has called “far too gloomy”.",
     {("World Health Organization", "international organisation")}),
    # a participle and its day before "by"; an inventory, database, index or ranking by a body
    ("The survey was published on Friday by the Lorland Gazette.", {("Lorland Gazette", "news outlet")}),
    ("Eleven lakes are at risk, according to a 2019 inventory by the Alpine Water Institute.",
     {("Alpine Water Institute", "unknown")}),
    # a representative of a body speaks for it
    ("A representative of the Harbour Cab Owners Association said fares would rise.",
     {("Harbour Cab Owners Association", "unknown")}),
    # a verb before an unnamed spokesperson of a registry body
    ("“We expect more cuts,” said a Goldman Sachs spokesman.", {("Goldman Sachs", "company")}),
    # a county and a national council are state bodies by their names
    ("Marsh County officials said the road would reopen on Friday.", {("Marsh County", "government body")}),
    ("Some 4,000 people were moved, according to the National Flood Response Council.",
     {("National Flood Response Council", "government body")}),
    # "The" before a one-word acronym is no part of it; words before the part an acronym spells are no part
    # of the name it stands for
    ("Armed Northern Defence Brigades (NDB) fighters took the town. The NDB denied shelling homes.",
     {("Northern Defence Brigades", "unknown")}),
    # an acronym's unnamed official speaks for it
    ("The Lake Survey Office (LSO) fitted sensors. “Two are broken,” an LSO official told reporters.",
     {("Lake Survey Office", "government body")}),
    # a registry acronym in apposition between commas before its verb
    ("The UN's health agency, WHO, said cases had doubled.", {("World Health Organization", "international organisation")}),
    # a state body in lower case after a national adjective that a cue names
    ("Omar Said, spokesman for the Lorlandic cabinet, said the rate was stable.",
     {("Lorlandic Cabinet", "government body")}),
    # a court's reporting participle "observing"
    ("The High Court on Monday quashed the order, observing that “liberty is the rule”.",
     {("High Court", "government body")}),
])
def test_rules_of_round_14_by_hand(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 14: "Photo courtesy of X" in brackets; a name its own words make a body is no photographer
    ("Residents leave the coast. (Photo courtesy of Quezon PDRRMO)", {("Quezon PDRRMO", "image credit")}),
    ("Sandbags outside a home. (Image credit: Marsh County)", {("Marsh County", "image credit")}),
])
def test_credits_of_round_14_by_hand(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 15: "and the" opens a second name (round 100: which shares the cue); a plural possessive belongs to the
    # body it names
    ("The estimate uses data from the National Bureau of Statistics and the National Water Administration.",
     {("National Bureau of Statistics", "government body"), ("National Water Administration", "government body")}),
    ("Bus drivers will strike on Friday, the Northern Transport Workers' Union said.",
     {("Northern Transport Workers' Union", "unknown")}),
])
def test_names_of_round_15_by_hand(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "outlet", "expected"), [
    # round 16: a name whose own words give its kind looks like an organisation after a cue
    ("According to Statistics Lorland, births fell by 4 per cent.", "x", {("Statistics Lorland", "government body")}),
    # datelines: an agency's initials unbracketed after the date, and a bracketed agency alone in its sentence
    ("Port Vale, Oct. 3, LPA \u2013 The port reopened on Monday.", "Lorland Press Agency",
     {("Lorland Press Agency", "news agency")}),  # a news agency by its name since round 18
    ("Iloilo, Oct. 3, PNA \u2013 The port reopened on Monday.", "Philippine News Agency",
     {("Philippine News Agency", "news agency")}),
    ("Port Vale, Oct. 3 (Reuters). The port reopened on Monday.", "x", {("Reuters", "news agency")}),
])
def test_rules_of_round_16_by_hand(text, outlet, expected):
    assert _found(text, outlet) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 17: a state's armed forces, or a command or staff of them, are a government body by their names
    ("According to the Armed Forces of the Republic of Lorland, 12 drones were downed.",
     {("Armed Forces of the Republic of Lorland", "government body")}),
    ("The Operational Command of the Lorland Armed Forces said jets had been scrambled.",
     {("Operational Command of the Lorland Armed Forces", "government body")}),
    # "… Army" alone stays unknown: armed groups call themselves so
    ("According to the Lorland Liberation Army, 12 drones were downed.", {("Lorland Liberation Army", "unknown")}),
])
def test_names_of_round_17_by_hand(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "outlet", "expected"), [
    # round 18: a central bank's rate-setting committee is a state body by its name
    ("The Monetary Policy Committee said inflation was \"within target\".", "x",
     {("Monetary Policy Committee", "government body")}),
    # a name ending in "Daily" is a news outlet
    ("The plan was first reported by Harbour Daily in June.", "x", {("Harbour Daily", "news outlet")}),
    # an own outlet missing from the registry is a news agency when its name says so
    ("The mayor told LNA that the bridge would reopen.", "Lorland News Agency (LNA, wire)",
     {("Lorland News Agency", "news agency")}),
    # a platform where something only trended is no source
    ("The minister's remark quickly trended on X among his critics.", "x", set()),
    # a lone "Party" before a spokesperson names no body
    ("Party spokesperson Ana Vik-Moss told Radio Lorland that the member was suspended.", "x",
     {("Radio Lorland", "news outlet")}),
    # a "©" credit may carry a "Photo :" label
    ("\u00a9 Photo : Reuters", "x", {("Reuters", "image credit")}),
])
def test_rules_of_round_18_by_hand(text, outlet, expected):
    assert _found(text, outlet) == expected


# --------------------------------------------------------------------------- registry rows


#: Rows added to ``sources.csv`` from the blind sets' misses (rounds 12-16): widely known names only.
REGISTRY_ROWS = [
    # round 12: well-known outlets, agencies and bodies added to the registry
    ("\"We ran,\" a resident told Kathimerini.", "Kathimerini", "news outlet"),
    ("Two aircraft were sent, according to the Athens-Macedonian News Agency.",
     "Athens-Macedonian News Agency", "news agency"),
    ("The storm could strengthen, the US National Hurricane Center said.", "National Hurricane Center",
     "government body"),
    # round 13: well-known outlets, agencies and bodies added to the registry
    ("Tokyo, May 2 (Jiji Press)--The cabinet approved the plan.", "Jiji Press", "news agency"),
    ("Five villages were attacked, local sources told Lusa.", "Lusa", "news agency"),
    ("The International Organization for Migration (IOM) reported that 9,000 people had fled.",
     "International Organization for Migration", "international organisation"),
    # round 14: well-known outlets, agencies and bodies added to the registry
    ("A woman in her 70s told NHK she had run out of the house.", "NHK", "news outlet"),
    ("The ČTK news agency reported that the senator had lost.", "ČTK", "news agency"),
    ("Output will rise in December, OPEC+ said in a statement.", "OPEC+", "international organisation"),
    ("According to Statistics Netherlands, rents rose 9%.", "Statistics Netherlands", "government body"),
    ("According to Opta, the club has lost four shootouts.", "Opta", "company"),
    # round 15: well-known outlets, agencies, bodies and companies added to the registry
    ("In an interview with Helsingin Sanomat, the minister defended the plan.", "Helsingin Sanomat", "news outlet"),
    ("The deal was first reported by Breaking Defense.", "Breaking Defense", "news outlet"),
    ("Prensa Latina reported that the harvest had begun.", "Prensa Latina", "news agency"),
    ("The Bank of Ghana said inflation had eased.", "Bank of Ghana", "government body"),
    ("China's foreign ministry said the visit was \"provocative\".", "Chinese Ministry of Foreign Affairs",
     "government body"),
    ("The film took $12 million, according to Comscore.", "Comscore", "company"),
    ("Ship-tracking data from Kpler shows the tanker left port.", "Kpler", "company"),
    ("Southern Water said in a statement that the leak was fixed.", "Southern Water", "company"),
    # round 16: well-known agencies, bodies and companies added to the registry
    ("The figures were compiled by the Philippine News Agency.", "Philippine News Agency", "news agency"),
    ("Defra said the restrictions would stay in place.", "Department for Environment, Food and Rural Affairs",
     "government body"),
    ("According to the World Food Programme, 2 million people need aid.", "World Food Programme",
     "international organisation"),
    ("The shekel firmed, according to the Tel Aviv Stock Exchange.", "Tel Aviv Stock Exchange", "company"),
    ("Alstom said in a statement that the trains would be built in Poland.", "Alstom", "company"),
    ("Data from the Philippine Coast Guard showed 300 passengers stranded.", "Philippine Coast Guard",
     "government body"),
    # round 17: well-known outlets, bodies and companies added to the registry
    ("MONUSCO said it was \"deeply concerned\" by the fighting.", "MONUSCO", "international organisation"),
    ("The general told state-run MRTV that troops had withdrawn.", "MRTV", "news outlet"),
    ("A resident told Ynet the sirens sounded twice.", "Ynet", "news outlet"),
    ("The coach said on France 2 that the team was tired.", "France 2", "news outlet"),
    ("Shares fell 8%, according to data from Nasdaq.", "Nasdaq", "company"),
    ("Debswana said in a statement that output would be cut.", "Debswana", "company"),
    # round 18: well-known outlets, agencies and companies added to the registry
    ("The deal is close, according to La Gazzetta dello Sport.", "La Gazzetta dello Sport", "news outlet"),
    ("The agent told Marca the player wanted to leave.", "Marca", "news outlet"),
    ("Speaking to Onda Cero, the president said talks had stalled.", "Onda Cero", "news outlet"),
    ("The blast killed three people, UPI reported.", "UPI", "news agency"),
    ("Insured losses could reach $4 billion, Verisk said.", "Verisk", "company"),
    # round 19: well-known agencies, outlets, bodies and companies added to the registry
    ("Turnout reached 30 per cent, the Bulgarian News Agency reported.", "BTA", "news agency"),
    ("A tanker was seized in the Gulf, Tasnim reported.", "Tasnim", "news agency"),
    ("Three villagers told VOA the attackers came at night.", "Voice of America", "news outlet"),
    ("The suspect was arrested near the station, according to the NYPD.", "NYPD", "government body"),
    ("More heavy rain is due on Friday, MetService said.", "MetService", "government body"),
    ("Nomura said in a note that margins would recover.", "Nomura", "company"),
    # round 127: public broadcasters, national agencies and bodies whose names carry no media, agency or state word
    ("“We are ready,” the coach told RNZ Pacific.", "RNZ", "news outlet"),
    ("Turnout was low, Yle reported.", "Yle", "news outlet"),
    ("In an interview with SABC News, the minister said the plan would go ahead.", "SABC", "news outlet"),
    ("The dam is full, the Oman News Agency reported.", "Oman News Agency", "news agency"),
    ("The FDIC said depositors would be paid in full.", "Federal Deposit Insurance Corporation", "government body"),
    ("Six tremors were recorded, according to the USGS.", "United States Geological Survey", "government body"),
    ("UNIFIL said its patrol had come under fire.", "UNIFIL", "international organisation"),
    ("Funding has fallen by a third, according to Crunchbase.", "Crunchbase", "company"),
    ("The Global Fund to Fight AIDS, Tuberculosis and Malaria said the nets were late.", "Global Fund",
     "international organisation"),
    # round 127: a canonical name as the registry writes it, whatever apostrophe the text uses
    ("Ratings firm Moody’s said in a note that it expected a slow recovery.", "Moody's", "company"),
]


@pytest.mark.parametrize(("text", "source", "kind"), REGISTRY_ROWS)
def test_registry_rows_added_from_blind_sets_by_hand(text, source, kind):
    found = cited_sources(_articles([text]))
    assert (source, kind) in set(zip(found["source"], found["kind"]))


@pytest.mark.parametrize(("text", "expected"), [
    # round 19: "Members of the" opens no body's name ("Members of the X (ACR)" … "the ACR said")
    ("Members of the Harbour Pilots Guild (HPG) voted to strike. The HPG said talks had failed.",
     {("Harbour Pilots Guild", "unknown")}),
    # round 19: a body's own acronym in brackets may stand between its name and its spokesperson
    ("Department of Coastal Affairs (DCA) spokesperson Lerato Mokoena said the permits were valid.",
     {("Department of Coastal Affairs", "government body")}),
    ("A Northgate Rail Authority (NRA) spokesperson said services would resume on Monday.",
     {("Northgate Rail Authority", "government body")}),
])
def test_round_19_bodies_by_hand(text, expected):
    assert expected <= _found(text)


@pytest.mark.parametrize(("text", "expected"), [
    # round 20: an office named by its holder's title keeps the possessive inside its name
    ("The Public Defender's Office said it would appeal the ruling.", {("Public Defender's Office", "government body")}),
    ("The Marlow County Sheriff’s Office warned residents to stay indoors.",
     {("Marlow County Sheriff’s Office", "government body")}),
])
def test_round_20_holder_offices_by_hand(text, expected):
    assert expected <= _found(text)


def test_round_20_own_outlet_short_form_over_a_registry_outlet():
    """In the Toronto Sun's own article, "told the Sun" is the Toronto Sun, not the registry's The Sun."""
    found = _found("A neighbour told the Sun the shop had been robbed twice.", outlet="Toronto Sun")
    assert ("Toronto Sun", "news outlet") in found and ("The Sun", "news outlet") not in found
