"""Incremental cache of per-article derived tables, stored as Parquet.

:func:`cached_per_article` runs a per-article function (``analysis.sentences``,
``tone.score_sentences`` on them, the loader's line labelling, …) only on the
articles it has not seen before and reads the others' rows back from disk, so
a rerun after adding ten articles processes those ten:

>>> from analysis import cache
>>> sents = cache.cached_per_article("sentences", articles, analysis.sentences)

**What a cache entry is keyed on.**

- *The article*: a SHA-256 of the article's row — every column handed to the
  function (or only ``key_columns``), ``doc_id`` always included. A loaded
  article's row carries ``sha256`` (of its raw file or raw text cell) and its
  clean ``text``, so a new raw file or a change of the cleaning that alters the
  text gives a new key.
- *The code*: :func:`code_version` hashes the source of the function's module,
  of every ``analysis`` module it uses (followed through imports), of the
  modules named in ``version_of``, the package data files those modules name
  (``analysis/data/*``, e.g. the boilerplate rules and the outlet registry),
  extra ``data_files``, the ``params`` and the table name. The function is
  followed into its parts: a ``functools.partial``'s function and arguments
  (``partial(term_counts, by="article")`` and ``by="outlet"`` are different
  tables) and the steps of a ``parallel.Pipeline``. Editing any of them
  gives a new version, and the old entries are simply not used (remove them
  with :func:`clear_cache` or ``python -m analysis clear-cache``).

**Layout.** ``<cache_dir>/<table>/<version>/<segment>.parquet`` under
:data:`analysis.paths.CACHE_DIR` (``.cache/`` at the repository root, ignored
by git). Each run that computes something writes one *segment*: the rows of
the newly processed articles plus a ``_cache_key`` column. The segment's
Parquet footer holds a manifest (format, table, version, the keys it covers —
articles whose result has no rows included — its row count, column dtypes, and
the ``attrs`` of a :func:`cached_result` with their SHA-256),
so a cache file is recognised as such and is never read as data; every data
and dictionary page carries a CRC-32 checksum. Files are written to a
temporary name and renamed, so an interrupted run leaves no half file.

**Damage.** A segment that cannot be read, fails its page checksums, or does
not match its manifest (other table or version, row count, columns, dtypes,
keys) is deleted with a :class:`CacheWarning`; its articles are
recomputed. The tests flip single bytes all over a segment: each is caught or
harmless (padding, statistics), never a wrong table: the page checksums and
the manifest catch a flip of any byte, so the values read back are not hashed
again (that would be a third of a warm run's time). A segment that cannot be
written (read-only disk, a column Parquet cannot store) only costs a warning:
the result is returned uncached.

**What the function must do.** Return a frame with a ``doc_id`` column whose
rows for an article depend only on that article's row (no corpus-wide
normalisation — cache those on their per-article inputs instead), and accept a
subset of the articles. The result of :func:`cached_per_article` is the
function's result on all articles: the rows of each article in the order the
function gives them, articles in the order of ``articles`` (the order of a
direct call whenever the function sorts by ``doc_id`` and the articles are
sorted by ``doc_id``, as :func:`analysis.load_corpus` returns them), a fresh
RangeIndex, and the dtypes of a direct call — those of the computed rows, or the
ones recorded in the manifest when everything was cached (a categorical column
named like a categorical column of ``articles``, e.g. ``outlet``, takes the
current corpus's categories). ``attrs`` of the function's result are not cached.

**Whole-table results.** :func:`cached_result` caches one frame under a key
the caller computes (the loader of tables keys the articles on the bytes of
its input files), in the same kind of segment; the result's ``attrs`` (JSON
data, e.g. the load report) are kept in the manifest beside their SHA-256,
which is checked on reading like the rest of the manifest.
:func:`cached_frame` uses it for an aggregate of a per-article table
(``tone.outlet_tone`` of the sentence scores), keyed on a hash of every value
of its input.

A function defined in a notebook has no source file to hash: name the modules
it relies on in ``version_of`` (its ``analysis`` imports are followed anyway),
and clear the table after editing it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import json
import os
import shutil
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .checks import require_columns
from . import paths

__all__ = [
    "CACHE_FORMAT",
    "KEY_COLUMN",
    "CacheWarning",
    "code_version",
    "article_keys",
    "cached_per_article",
    "cached_frame",
    "cached_result",
    "clear_cache",
]

#: Bumped when the layout or the manifest changes; part of every version (2: ``attrs`` in the manifest).
CACHE_FORMAT = 2
#: Column added to the rows of a segment: the key of the article they belong to.
KEY_COLUMN = "_cache_key"
#: Name of the manifest in a segment's Parquet footer.
_MANIFEST_KEY = b"analysis_cache"
#: Characters of the version hash used as a folder name (128 bits: no collisions in practice).
_VERSION_CHARS = 32
_PACKAGE = __name__.split(".")[0]


class CacheWarning(UserWarning):
    """A cache file was damaged or could not be written; the work was redone."""


# --------------------------------------------------------------------------- versions and keys


def _module(item: ModuleType | str) -> ModuleType:
    if isinstance(item, ModuleType):
        return item
    __import__(item)
    return sys.modules[item]


def _package_dependencies(module: ModuleType) -> set[str]:
    """Names of the package's modules that ``module`` uses (imported modules, functions, classes).

    A package's own submodules are not followed: the import system sets them on
    the package whenever anything imports them, so they say nothing about use.
    """
    names = set()
    is_package = hasattr(module, "__path__")
    for value in vars(module).values():
        if is_package and isinstance(value, ModuleType) and value.__name__.startswith(module.__name__ + "."):
            continue
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and (name == _PACKAGE or name.startswith(_PACKAGE + ".")):
            names.add(name)
    return names


def _closure(modules: Iterable[ModuleType]) -> list[ModuleType]:
    """The modules and every package module they use, followed transitively; sorted by name."""
    seen: dict[str, ModuleType] = {}
    todo = list(modules)
    while todo:
        module = todo.pop()
        if module.__name__ in seen:
            continue
        seen[module.__name__] = module
        todo += [sys.modules[n] for n in _package_dependencies(module) if n in sys.modules and n not in seen]
    return [seen[name] for name in sorted(seen)]


def _data_files(module: ModuleType) -> list[Path]:
    """Package data files named by a module-level constant (e.g. ``BOILERPLATE_TXT``)."""
    data_dir = paths.PACKAGE_DATA_DIR.resolve()
    found = []
    for value in vars(module).values():
        if isinstance(value, Path) and value.is_file() and data_dir in value.resolve().parents:
            found.append(value.resolve())
    return found


def code_version(
    *modules: ModuleType | str,
    data_files: Iterable[str | Path] = (),
    params: dict | None = None,
) -> str:
    """A hash of the code and data a derived table depends on.

    Parameters
    ----------
    *modules : module or module name
        The modules doing the work; every module of the ``analysis`` package
        they use is followed, and the package data files they name
        (module-level ``Path`` constants under ``analysis/data/``) are included.
    data_files : paths, optional
        Further files whose bytes the result depends on.
    params : dict, optional
        Parameters of the computation (JSON-serialisable; keys sorted).

    Returns
    -------
    str
        A 64-character hex SHA-256; changes when any source, data file or
        parameter changes, or with :data:`CACHE_FORMAT`.
    """
    digest = hashlib.sha256(f"format {CACHE_FORMAT}\n".encode())
    files: set[Path] = {Path(f).resolve() for f in data_files}
    for module in _closure(_module(m) for m in modules):
        source = getattr(module, "__file__", None)
        digest.update(f"module {module.__name__}\n".encode())
        if source:
            digest.update(Path(source).read_bytes())
        files.update(_data_files(module))
    for file in sorted(files):
        digest.update(f"file {file.name}\n".encode())
        digest.update(file.read_bytes())
    digest.update(json.dumps(params or {}, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def _canonical(value) -> str:
    """A text form of one cell that differs whenever the value differs (type included)."""
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return "\x00NA"
    if isinstance(value, pd.Timestamp):
        return f"Timestamp:{value.isoformat()}"
    if isinstance(value, np.ndarray):  # str() of a long array elides its middle
        return f"ndarray:{value.tolist()!r}"
    return f"{type(value).__name__}:{value}"


def article_keys(articles: pd.DataFrame, *, columns: Sequence[str] | None = None) -> pd.Series:
    """The cache key of every article: a SHA-256 of its row.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and the ``columns``.
    columns : sequence of str, optional
        The columns the key covers (default: all); ``doc_id`` is always added.

    Returns
    -------
    Series
        64-character hex strings, aligned with ``articles``.
    """
    columns = sorted({"doc_id", *(articles.columns if columns is None else columns)})
    _require(articles, columns, "article_keys()")
    fields = [_tagged_cells(articles[c]) for c in columns]
    keys = [hashlib.sha256("".join(row).encode("utf-8", "surrogatepass")).hexdigest() for row in zip(*fields)]
    return pd.Series(keys, index=articles.index, dtype="str", name=KEY_COLUMN)


def _tagged_cells(column: pd.Series) -> list[str]:
    """``"<name>\\x1f<canonical cell>\\x1e"`` for every cell: the text a key hashes, per column.

    Strings (the bulk: text columns) take a fast path giving the same text as
    :func:`_canonical`; every other value goes through it.
    """
    head = f"{column.name}\x1f"
    return [f"{head}str:{cell}\x1e" if type(cell) is str else f"{head}{_canonical(cell)}\x1e"
            for cell in column.astype(object).tolist()]


def _require(frame: pd.DataFrame, columns: Iterable[str], where: str) -> None:
    require_columns(frame, columns, name=where)


# --------------------------------------------------------------------------- segments on disk


def _table_dir(name: str, version: str, cache_dir: str | Path | None) -> Path:
    if not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(f"cache table name must be a plain non-empty name (no '/', no leading '.'); got {name!r}")
    return Path(cache_dir if cache_dir is not None else paths.CACHE_DIR) / name / version[:_VERSION_CHARS]


def _drop_damaged(file: Path, why: str) -> None:
    warnings.warn(f"cache file {file} is damaged ({why}); deleted, its articles are recomputed",
                  CacheWarning, stacklevel=4)
    file.unlink(missing_ok=True)


def _manifest(file: Path, name: str, version: str) -> dict | None:
    """The manifest of a segment, or None (file deleted) when it is unreadable or not this table's; read once per
    process for a file of the same size and modification time (a segment is written once: every batch of a run
    looks its table's segments up)."""
    try:
        stat = file.stat()
    except OSError:
        return None
    return _read_manifest(file, stat.st_mtime_ns, stat.st_size, name, version)


@functools.lru_cache(maxsize=4096)
def _read_manifest(file: Path, mtime_ns: int, size: int, name: str, version: str) -> dict | None:
    """:func:`_manifest` of one version of a segment file."""
    try:
        manifest = json.loads(pq.read_schema(file).metadata[_MANIFEST_KEY])
        expected = (CACHE_FORMAT, name, version, list, int, list)
        found = (manifest["format"], manifest["table"], manifest["version"], type(manifest["keys"]),
                 type(manifest["n_rows"]), type(manifest["dtypes"]))
        if found != expected:
            raise ValueError(f"manifest {found[:3]} is not of this table and version")
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file raises, it must not be used
        _drop_damaged(file, f"no valid manifest: {type(exc).__name__}")
        return None
    return manifest


def _index(folder: Path, name: str, version: str, files: Iterable[Path] | None = None) -> dict[str, Path]:
    """Map each cached article key to the segment holding it, among ``files`` (default: every segment)."""
    if files is None:
        files = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
    index: dict[str, Path] = {}
    for file in files:
        manifest = _manifest(file, name, version)
        for key in manifest["keys"] if manifest else []:
            index.setdefault(key, file)
    return index


def _check_segment(frame: pd.DataFrame, manifest: dict) -> None:
    """Raise ValueError unless ``frame`` is what the manifest says: columns, dtypes, rows and keys, and the
    manifest's ``attrs`` match their checksum."""
    if _attrs_sha256(manifest["attrs"]) != manifest["attrs_sha256"]:
        raise ValueError("attrs differ from their checksum in the manifest")
    columns = [c for c, _ in manifest["dtypes"]] + [KEY_COLUMN]
    if list(frame.columns) != columns or len(frame) != manifest["n_rows"]:
        raise ValueError("columns or row count differ from its manifest")
    differing = [c for c, d in manifest["dtypes"] if _dtype_name(frame[c].dtype) != d]
    if differing or not set(frame[KEY_COLUMN].unique()) <= set(manifest["keys"]):
        raise ValueError(f"dtypes of {differing} or keys differ from its manifest")


def _attrs_sha256(attrs: dict) -> str:
    """A SHA-256 of ``attrs`` as JSON (keys sorted)."""
    return hashlib.sha256(json.dumps(attrs, sort_keys=True).encode()).hexdigest()


def _json_attrs(attrs: dict | None) -> dict:
    """``attrs`` as they can be stored; TypeError unless JSON gives them back equal."""
    attrs = attrs or {}
    if json.loads(json.dumps(attrs)) != attrs:  # tuples, non-text keys: they would come back as something else
        raise TypeError("attrs are not plain JSON data (lists, dicts with text keys, text, numbers)")
    return attrs


def _dtype_name(dtype) -> str:
    """``str(dtype)``, with the type of the categories for a categorical ("category[str]")."""
    if isinstance(dtype, pd.CategoricalDtype):
        return f"category[{dtype.categories.dtype}]"
    return str(dtype)


def _checksum(frame: pd.DataFrame) -> str | None:
    """A hash of every value of ``frame`` in order; None when a column holds unhashable values."""
    try:
        hashes = pd.util.hash_pandas_object(frame, index=False)
    except TypeError:
        return None
    return hashlib.sha256(hashes.to_numpy().tobytes()).hexdigest()


def _restore_dtypes(frame: pd.DataFrame, manifest: dict) -> pd.DataFrame:
    """Columns that Parquet reads back with another dtype, restored to the stored one.

    Parquet has no object type: a numpy ``object`` column of strings is read
    back as pandas' string dtype. A categorical column without categories
    (no rows, or only missing values) is read back with ``object`` categories
    (pandas deems the two dtypes equal, so ``astype`` would keep them).
    """
    restored = {}
    for column, name in manifest["dtypes"]:
        dtype = frame[column].dtype if column in frame.columns else None
        if name == "object" and dtype is not None and dtype != object:
            restored[column] = frame[column].astype(object)
        elif isinstance(dtype, pd.CategoricalDtype) and not len(dtype.categories) and _dtype_name(dtype) != name:
            categories = pd.Index([], dtype=name.removeprefix("category[").removesuffix("]"))
            restored[column] = pd.Categorical.from_codes(frame[column].cat.codes.to_numpy(),
                                                         dtype=pd.CategoricalDtype(categories, dtype.ordered))
    if not restored:
        return frame
    frame = frame.copy(deep=False)
    for column, values in restored.items():
        frame[column] = values
    return frame


def _read_segment(file: Path, keys: set[str]) -> tuple[pd.DataFrame, dict] | None:
    """The rows of ``keys`` in one segment and its manifest; None (file deleted) when it is damaged."""
    try:
        # the key repeats on every row of an article: as a dictionary it is read and compared once per article
        table = pq.read_table(file, page_checksum_verification=True, read_dictionary=[KEY_COLUMN])
        manifest = json.loads(table.schema.metadata[_MANIFEST_KEY])
        frame = _restore_dtypes(table.to_pandas(), manifest)
        _check_segment(frame, manifest)
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file raises, it must not be used
        _drop_damaged(file, f"{type(exc).__name__}: {exc}")
        return None
    if set(manifest["keys"]) <= keys:  # every article of the segment is wanted: no filtering copy
        return frame, manifest
    return frame[frame[KEY_COLUMN].isin(keys)], manifest


def _segment_name(keys: Iterable[str]) -> str:
    """The file name (without suffix) of the segment holding ``keys``."""
    return hashlib.sha256("\n".join(sorted(set(keys))).encode()).hexdigest()[:_VERSION_CHARS]


def _write_segment(folder: Path, frame: pd.DataFrame, keys: list[str], name: str, version: str,
                   attrs: dict | None = None) -> None:
    """Write the computed rows (and ``attrs``) as one segment (atomic rename); warn and skip on failure."""
    segment = _segment_name(keys)
    target = folder / f"{segment}.parquet"
    temporary = folder / f".{segment}.{os.getpid()}.tmp"
    try:
        attrs = _json_attrs(attrs)
        manifest = {"format": CACHE_FORMAT, "table": name, "version": version, "keys": sorted(set(keys)),
                    "n_rows": len(frame), "attrs": attrs, "attrs_sha256": _attrs_sha256(attrs),
                    "dtypes": [[c, _dtype_name(frame[c].dtype)] for c in frame.columns if c != KEY_COLUMN]}
        folder.mkdir(parents=True, exist_ok=True)
        plain = frame.copy(deep=False)
        plain.attrs = {}  # pyarrow would keep them, unchecked, in its pandas metadata
        table = pa.Table.from_pandas(plain, preserve_index=False)
        table = table.replace_schema_metadata({**(table.schema.metadata or {}),
                                               _MANIFEST_KEY: json.dumps(manifest).encode()})
        pq.write_table(table, temporary, write_page_checksum=True)
        os.replace(temporary, target)
    except (OSError, pa.ArrowException, TypeError, ValueError) as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        warnings.warn(f"could not write the {name!r} cache in {folder} ({type(exc).__name__}: {exc}); "
                      "results were computed but not cached", CacheWarning, stacklevel=3)


# --------------------------------------------------------------------------- caching per article and per table


def _describe(value, modules: set[ModuleType]) -> str:
    """A text that changes when what ``value`` computes changes; adds the modules of its code to ``modules``.

    A function or class is its qualified name; a ``functools.partial`` its
    function and arguments; a callable object of this package (e.g.
    ``parallel.Pipeline``) its class and attributes, which configure it; any
    other callable object its class alone (its attributes may be state, such
    as a call counter). Sets are sorted, so the text is the same in every process.
    """
    if isinstance(value, functools.partial):
        parts = [_describe(value.func, modules), _describe(list(value.args), modules),
                 _describe(value.keywords, modules)]
        return f"partial({', '.join(parts)})"
    if inspect.isroutine(value) or inspect.isclass(value):
        module = inspect.getmodule(value)
        if module is not None:
            modules.add(module)
        return f"{value.__module__}.{value.__qualname__}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_describe(item, modules) for item in value) + "]"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(_describe(item, modules) for item in value)) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_describe(item, modules)}" for key, item in sorted(value.items())) + "}"
    if callable(value):
        kind = _describe(type(value), modules)
        own = type(value).__module__.split(".")[0] == _PACKAGE and hasattr(value, "__dict__")
        return f"{kind}({_describe(vars(value), modules)})" if own else kind
    return repr(value)


def _version_for(name: str, func: Callable, version_of, data_files, params) -> str:
    modules: set[ModuleType] = set()
    described = _describe(func, modules)
    return code_version(*sorted(modules, key=lambda m: m.__name__), *version_of, data_files=data_files,
                        params={"table": name, "function": described, "params": params or {}})


def _read_cached(index: dict[str, Path], keys: pd.Series) -> tuple[list[pd.DataFrame], set[str], dict]:
    """Read the cached rows of ``keys``: the frames, the keys found intact, the first segment's manifest (or {})."""
    by_file: dict[Path, set[str]] = {}
    for key in keys:
        if key in index:
            by_file.setdefault(index[key], set()).add(key)
    frames, found, manifest = [], set(), {}
    for file, wanted in sorted(by_file.items()):
        segment = _read_segment(file, wanted)
        if segment is not None:
            frames.append(segment[0])
            manifest = manifest or segment[1]
            found |= wanted
    return frames, found, manifest


def _compute(func: Callable, todo: pd.DataFrame, keys: pd.Series) -> pd.DataFrame:
    """Run ``func`` on the articles to do; tag each row with its article's key."""
    result = func(todo)
    _require(result, ["doc_id"], "cached_per_article(): the function's result")
    key_of = dict(zip(todo["doc_id"], keys))
    tagged = result.reset_index(drop=True)
    tagged_keys = tagged["doc_id"].map(key_of)
    if tagged_keys.isna().any():
        strays = sorted(set(tagged.loc[tagged_keys.isna(), "doc_id"].astype(str)))[:5]
        raise ValueError(f"cached_per_article(): the function returned rows for doc_id(s) {strays} "
                         "that were not in its input; it must work article by article")
    tagged[KEY_COLUMN] = tagged_keys.astype("str")
    return tagged


def _assemble(parts: list[pd.DataFrame], keys: pd.Series, dtypes: dict) -> pd.DataFrame:
    """Concatenate cached and computed rows in article order, with the ``dtypes`` of a direct call."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in dtypes.items()})
    positions = np.concatenate([_article_positions(p[KEY_COLUMN], keys) for p in parts])
    parts = [p[list(dtypes)] for p in parts]
    if len(parts) > 1:  # categories may differ between segments: join as plain values, typed below
        parts = [p.astype({c: object for c in p.columns if isinstance(p[c].dtype, pd.CategoricalDtype)})
                 for p in parts]
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    order = positions.argsort(kind="stable")
    if (np.diff(order) < 0).any():  # a copy only when the rows are not in article order already
        frame = frame.iloc[order]
    frame = frame.reset_index(drop=True)
    changed = {c: d for c, d in dtypes.items() if not _same_dtype(frame[c].dtype, d)}
    return frame.astype(changed) if changed else frame


def _article_positions(key_column: pd.Series, keys: pd.Series) -> np.ndarray:
    """The position in ``keys`` of each row's article key (a categorical column is looked up once per category)."""
    if isinstance(key_column.dtype, pd.CategoricalDtype):
        return pd.Index(keys).get_indexer(key_column.cat.categories)[key_column.cat.codes.to_numpy()]
    return pd.Index(keys).get_indexer(key_column)


def _same_dtype(left, right) -> bool:
    """Dtype equality that tells numpy object from pandas' string dtype (numpy's ``==`` does not)."""
    return type(left) is type(right) and left == right


def _result_dtypes(articles: pd.DataFrame, computed: pd.DataFrame | None, cached: list[pd.DataFrame],
                   stored: list) -> dict:
    """Column -> dtype of a direct call: the computed rows', else the stored ones.

    A stored categorical column takes the dtype of the same-named column of
    ``articles`` (the current corpus's categories), else the categories read back.
    """
    if computed is not None:
        return {c: computed[c].dtype for c in computed.columns if c != KEY_COLUMN}
    dtypes = {}
    for column, name in stored:
        if name.startswith("category["):
            source = articles if isinstance(articles.get(column, pd.Series()).dtype, pd.CategoricalDtype) \
                else cached[0]
            dtypes[column] = source[column].dtype
        else:
            dtypes[column] = pd.api.types.pandas_dtype(name)
    return dtypes


def cached_per_article(
    name: str,
    articles: pd.DataFrame,
    func: Callable[[pd.DataFrame], pd.DataFrame],
    *,
    version_of: Sequence[ModuleType | str] = (),
    data_files: Sequence[str | Path] = (),
    params: dict | None = None,
    key_columns: Sequence[str] | None = None,
    cache_dir: str | Path | None = None,
    enabled: bool = True,
    stats: dict | None = None,
    version_func: Callable | None = None,
    keys: pd.Series | None = None,
) -> pd.DataFrame:
    """``func(articles)``, computed only for articles not in the cache.

    Parameters
    ----------
    name : str
        The table's name, e.g. ``"sentences"`` (a folder name).
    articles : DataFrame
        One row per article with a unique ``doc_id``.
    func : callable
        Takes a frame of articles, returns rows with a ``doc_id`` column; the
        rows of an article must depend on that article's row only.
    version_of : modules or module names, optional
        Modules the result depends on besides ``func``'s own module (which is
        always included, with every ``analysis`` module it uses). Pass them for
        a function defined in a notebook or script.
    data_files : paths, optional
        Further files the result depends on.
    params : dict, optional
        Parameters of the computation (e.g. ``{"n_resamples": 2000}``).
    key_columns : sequence of str, optional
        The article columns the result depends on (default: all); a change in
        any other column then reuses the cache.
    cache_dir : str or Path, optional
        Default :data:`analysis.paths.CACHE_DIR`.
    enabled : bool
        False: call ``func(articles)`` directly, reading and writing nothing.
    stats : dict, optional
        Filled in with ``n_cached``, ``n_computed`` (articles) and ``version``.
    version_func : callable, optional
        The function whose code and arguments the version is taken from
        (default ``func``): for a ``func`` that only runs it, e.g.
        ``partial(parallel.map_articles, step, n_jobs=4)`` with
        ``version_func=step``, so the number of processes is not part of the version.
    keys : Series, optional
        ``article_keys(articles, columns=key_columns)``, in the order of
        ``articles``, when the caller has them already (several tables of one
        corpus share them); computed otherwise.

    Returns
    -------
    DataFrame
        The columns of ``func``'s result, rows ordered by article (in the order
        of ``articles``) then as ``func`` gives them; see the module docstring.

    Raises
    ------
    ValueError
        When ``articles`` has no ``doc_id`` or repeats one, or ``func`` returns
        rows of articles it was not given.
    """
    _require(articles, ["doc_id"], f"cached_per_article({name!r})")
    repeated = articles["doc_id"][articles["doc_id"].duplicated()]
    if len(repeated):
        raise ValueError(f"cached_per_article({name!r}): doc_id must be unique; repeated: "
                         f"{sorted(set(repeated.astype(str)))[:5]}")
    if not enabled or articles.empty:
        return func(articles)
    version = _version_for(name, version_func or func, version_of, data_files, params)
    folder = _table_dir(name, version, cache_dir)
    keys = (article_keys(articles, columns=key_columns) if keys is None else keys).reset_index(drop=True)
    if len(keys) != len(articles):
        raise ValueError(f"cached_per_article({name!r}): {len(keys)} keys for {len(articles)} articles")
    cached, found, manifest = _read_cached(_index(folder, name, version), keys)
    todo = ~keys.isin(found).to_numpy()
    computed = None
    if todo.any():
        computed = _compute(func, articles[todo], keys[todo])
        _write_segment(folder, computed, keys[todo].tolist(), name, version)
    if stats is not None:
        stats.update(n_cached=int((~todo).sum()), n_computed=int(todo.sum()), version=version)
    dtypes = _result_dtypes(articles, computed, cached, manifest.get("dtypes", []))
    return _assemble([*cached, *([computed] if computed is not None else [])], keys, dtypes)


def cached_result(
    name: str,
    key: str,
    compute: Callable[[], pd.DataFrame],
    *,
    version: str,
    cache_dir: str | Path | None = None,
    stats: dict | None = None,
    like: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """``compute()``, read back when a result was stored under the same ``key`` and ``version``.

    The caller computes the key from everything the result depends on besides
    the code (the input's bytes or values, the parameters) and the version,
    e.g. with :func:`code_version`. The result is stored as one segment,
    checked like theirs; a damaged one is deleted with a :class:`CacheWarning`
    and the result computed again.

    Parameters
    ----------
    name, cache_dir
        As in :func:`cached_per_article`.
    key : str
        The result's key, e.g. a SHA-256 of its input.
    compute : callable
        Takes no argument, returns a DataFrame (its index is not kept; its
        ``attrs`` are, and must be JSON data, or the result is not cached).
    version : str
        The version of the code computing it (a folder per version).
    stats : dict, optional
        Filled in with ``n_cached`` and ``n_computed`` (0 or 1) and ``version``.
    like : DataFrame, optional
        A categorical column of the result read back takes the dtype of the
        same-named categorical column of ``like``, else the categories stored.

    Returns
    -------
    DataFrame
        ``compute()`` with a fresh RangeIndex: its columns, dtypes and ``attrs``.
    """
    folder = _table_dir(name, version, cache_dir)
    file = folder / f"{_segment_name([key])}.parquet"
    keys = pd.Series([key])
    cached, found, manifest = _read_cached(_index(folder, name, version, [file] if file.is_file() else []), keys)
    if stats is not None:
        stats.update(n_cached=len(found), n_computed=1 - len(found), version=version)
    if found:
        dtypes = _result_dtypes(pd.DataFrame() if like is None else like, None, cached, manifest["dtypes"])
        result = _assemble(cached, keys, dtypes)
        result.attrs = manifest["attrs"]
        return result
    result = compute().reset_index(drop=True)
    _write_segment(folder, result.assign(**{KEY_COLUMN: key}), [key], name, version, attrs=result.attrs)
    return result


def cached_frame(
    name: str,
    frame: pd.DataFrame,
    func: Callable[[pd.DataFrame], pd.DataFrame],
    *,
    version_of: Sequence[ModuleType | str] = (),
    cache_dir: str | Path | None = None,
    enabled: bool = True,
    stats: dict | None = None,
) -> pd.DataFrame:
    """``func(frame)`` for a whole-table result, read back when the same ``frame`` was seen before.

    For aggregates of a per-article table (``tone.outlet_tone`` of the
    sentence scores, say) that are slow to recompute and change whenever any
    article does. The key is a SHA-256 over pandas' hashes of every value of
    ``frame`` (so pass only the columns ``func`` uses), the version as in
    :func:`cached_per_article` (``func``'s code and arguments, ``version_of``);
    stored by :func:`cached_result`.

    Parameters
    ----------
    name, version_of, cache_dir, enabled
        As in :func:`cached_per_article`.
    frame : DataFrame
        The input; hashed by value (index not included).
    func : callable
        Takes ``frame``, returns a DataFrame (its index is not kept; its
        ``attrs`` are, as in :func:`cached_result`).
    stats : dict, optional
        Filled in with ``n_cached`` and ``n_computed`` (0 or 1) and ``version``.

    Returns
    -------
    DataFrame
        ``func(frame)`` with a fresh RangeIndex; its columns, dtypes (a
        categorical column named like one of ``frame`` takes its dtype) and ``attrs``.
    """
    key = _checksum(frame) if enabled else None
    if key is None:  # disabled, or values pandas cannot hash: nothing to key on
        return func(frame).reset_index(drop=True)
    version = _version_for(name, func, version_of, (), None)
    return cached_result(name, key, functools.partial(func, frame), version=version, cache_dir=cache_dir,
                         stats=stats, like=frame)


def clear_cache(name: str | None = None, *, cache_dir: str | Path | None = None) -> None:
    """Delete the cached tables (all, or the table ``name``); they are rebuilt on the next run.

    Same as ``python -m analysis clear-cache`` when ``name`` is None.
    """
    root = Path(cache_dir if cache_dir is not None else paths.CACHE_DIR)
    if name is not None:
        _table_dir(name, "x", root)  # validates the name
        root = root / name
    shutil.rmtree(root, ignore_errors=True)
