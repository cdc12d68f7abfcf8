"""Full-text search with the same visible behaviour on both databases.

A query is parsed here, never handed raw to the database: words (prefix-matched), "quoted phrases"
(exact sequence) and -excluded words, all required. PostgreSQL searches a stored, weighted tsvector
(GIN index) and ranks with ts_rank; SQLite searches an FTS5 table per content type ranked by bm25.
Weights: title (A) > summary (B) > body (C) > names of organisations, places, people (D). A content
type may add the text of its files (`SEARCH_COLUMNS`), weighted lowest: a D on PostgreSQL (which has
no fifth weight), the lowest bm25 weight on SQLite.
"""

import bisect
import difflib
import re
import unicodedata
from dataclasses import dataclass

from django.db import connection, models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"[^\W_]+")  # letters and digits: the only thing either engine is ever given
TOKEN = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')
MAX_TERMS = 12
MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters bracket highlighted words
COLUMNS = ("title", "summary", "body", "names")
FILE_COLUMN = "file"  # the text of a record's files, for the types that index it
PG_WEIGHTS = {"title": "A", "summary": "B", "body": "C", "names": "D", FILE_COLUMN: "D"}
BM25_WEIGHTS = {"title": 10.0, "summary": 4.0, "body": 2.0, "names": 1.0, FILE_COLUMN: 0.5}
# No stemming on either engine: prefix matching ("mappin" finds "mapping") then behaves the same,
# and a stemmed index would turn partial words into misses. Both ignore accents and case:
# SQLite's tokenizer removes diacritics; on PostgreSQL this configuration is `simple` behind the
# `unaccent` dictionary (created by catalog's migration 0009), so "mineria" finds "minería".
PG_CONFIG = "asm_search"


@dataclass(frozen=True)
class Term:
    words: tuple  # one word, or the words of a phrase
    phrase: bool
    negated: bool


def parse(text):
    """Terms from free text; anything that is not a word (operators, quotes, emoji) is dropped."""
    terms = []
    for neg_phrase, phrase, neg_word, word in TOKEN.findall(text or ""):
        if phrase or neg_phrase:
            words = tuple(w.lower() for w in WORD.findall(phrase))
            if len(words) == 1:
                terms.append(Term(words, False, bool(neg_phrase)))
            elif words:
                terms.append(Term(words, True, bool(neg_phrase)))
        else:
            pieces = tuple(p.lower() for p in WORD.findall(word))
            if len(pieces) == 1:
                terms.append(Term(pieces, False, bool(neg_word)))
            elif pieces:  # "child-labour", "ASM-related": the pieces in sequence
                terms.append(Term(pieces, True, bool(neg_word)))
    unique = list(dict.fromkeys(terms))
    return unique[:MAX_TERMS]


def positive(terms):
    return [t for t in terms if not t.negated]


# --- SQLite FTS5 --------------------------------------------------------------------------------


def fts_table(model):
    return f"{model._meta.db_table}_fts"


def columns(model):
    """The fields of `model`'s search documents, in the index's column order."""
    return getattr(model, "SEARCH_COLUMNS", COLUMNS)


def fts5_match(terms):
    """An FTS5 MATCH expression; every token is quoted, so nothing the user typed is syntax."""

    def quoted(term):
        body = " ".join(term.words)
        return f'"{body}"' if term.phrase else f'"{body}"*'

    required = " AND ".join(quoted(t) for t in positive(terms))
    excluded = "".join(f" NOT {quoted(t)}" for t in terms if t.negated)
    return f"({required}){excluded}" if required else ""


# --- PostgreSQL ---------------------------------------------------------------------------------


def pg_tsquery(terms):
    """A to_tsquery expression built only from word characters."""

    def part(term):
        if term.phrase:
            return "(" + " <-> ".join(term.words) + ")"
        return f"{term.words[0]}:*"

    required = " & ".join(part(t) for t in positive(terms))
    excluded = "".join(f" & !{part(t)}" for t in terms if t.negated)
    return f"{required}{excluded}" if required else ""


def vendor():
    return connection.vendor


def bm25(model):
    """SQLite's relevance (lower is better), weighting title, summary, body, names (and file text)."""
    weights = ", ".join(str(BM25_WEIGHTS[c]) for c in columns(model))
    return f"bm25({fts_table(model)}, {weights})"


def pg_rank(terms):
    """PostgreSQL's relevance (higher is better), weighting names, body, summary and title."""
    from django.contrib.postgres.search import SearchQuery, SearchRank

    query = SearchQuery(pg_tsquery(terms), search_type="raw", config=PG_CONFIG)
    return SearchRank(models.F("search_vector"), query, weights=[0.1, 0.2, 0.4, 1.0])


# --- querying ----------------------------------------------------------------------------------


class SearchQuerySetMixin:
    """search(), order_by_relevance() and with_snippets() for a QuerySet of indexed records."""

    def _clone(self):
        clone = super()._clone()
        clone._search_terms = getattr(self, "_search_terms", None)
        clone._snippet_terms = getattr(self, "_snippet_terms", None)
        return clone

    def search(self, text):
        terms = parse(text)
        if not positive(terms):
            return self.none()
        model = self.model
        if vendor() == "postgresql":
            from django.contrib.postgres.search import SearchQuery

            qs = self.filter(search_vector=SearchQuery(pg_tsquery(terms), search_type="raw", config=PG_CONFIG))
        else:
            table = fts_table(model)
            qs = self.filter(
                pk__in=models.expressions.RawSQL(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH %s", [fts5_match(terms)]
                )
            )
        qs._search_terms = terms
        return qs

    def order_by_relevance(self):
        terms = getattr(self, "_search_terms", None)
        if not terms:
            return self
        if vendor() == "postgresql":
            rank = pg_rank(terms)
        else:
            table, base = fts_table(self.model), self.model._meta.db_table
            # The full-text query runs once (MATERIALIZED), then each row looks its rank up by id;
            # "MATCH ... AND rowid = outer.id" would rerun the whole query for every matching row.
            rank = models.expressions.RawSQL(
                f"(WITH ranks AS MATERIALIZED (SELECT rowid AS id, -{bm25(self.model)} AS rank "
                f"FROM {table} WHERE {table} MATCH %s) SELECT rank FROM ranks WHERE ranks.id = {base}.id)",
                [fts5_match(terms)],
                output_field=models.FloatField(),
            )
        return self.annotate(search_rank=rank).order_by("-search_rank", "title", "pk")

    def with_snippets(self):
        """Annotate `search_snippet`: a short passage with the matched words bracketed for highlight().
        A type whose files are indexed also quotes them where its own text does not match: the model's
        `attach_file_passages(records, terms)` does it for the fetched records, in one query."""
        terms = getattr(self, "_search_terms", None)
        if not terms:
            return self
        if vendor() == "postgresql":
            from django.contrib.postgres.search import SearchHeadline, SearchQuery

            query = SearchQuery(pg_tsquery(terms), search_type="raw", config=PG_CONFIG)
            parts = []
            for name in self.model.SNIPPET_FIELDS:
                parts += [models.F(name), models.Value(" ")]
            text = models.functions.Concat(*parts, output_field=models.TextField())
            snippet = SearchHeadline(
                text, query, config=PG_CONFIG, start_sel=MARK_START, stop_sel=MARK_END, max_words=35, min_words=15
            )
            clone = self.annotate(search_snippet=snippet)
        else:
            # FTS5 quotes passages only inside its own MATCH, which rereads the whole match for the
            # rows asked about: the fetched rows are quoted here instead, from the text they carry.
            clone = self._chain()
        clone._snippet_terms = terms
        return clone

    def _fetch_all(self):
        fetched = self._result_cache is not None
        super()._fetch_all()
        terms = getattr(self, "_snippet_terms", None)
        if terms and not fetched and self._result_cache and isinstance(self._result_cache[0], models.Model):
            if vendor() != "postgresql":
                for record in self._result_cache:
                    record.search_snippet = passage(record, terms)
            attach = getattr(self.model, "attach_file_passages", None)
            if attach is not None:
                attach(self._result_cache, positive(terms))

    def highlighting(self, text):
        """Snippets for `text` without searching again: for records already known to match it."""
        clone = self._chain()
        clone._search_terms = parse(text)
        return clone.with_snippets()


SNIPPET_WORDS = 24
SNIPPET_CONTEXT = 4  # words shown before the first match


def fold(word):
    """A word as the SQLite index compares it: lower case, without diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def passage(record, terms):
    """About SNIPPET_WORDS words of a record's text around the words matching `terms`, matches
    bracketed by MARK_START/MARK_END: from the summary where it matches, else the other text."""
    fields = [getattr(record, name) or "" for name in record.SNIPPET_FIELDS]
    summary, rest = fields[0], " ".join(f for f in fields[1:] if f)
    for text in (summary, rest):
        quoted = quote(text, positive(terms))
        if quoted:
            return quoted
    return quote(summary, positive(terms), matched_only=False)


def quote(text, terms, *, matched_only=True):
    tokens = [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text)]
    hits = {}  # token position -> number of tokens the match spans
    for term in terms:
        words = [fold(w) for w in term.words]
        for i in range(len(tokens) - len(words) + 1):
            if term.phrase:
                if all(tokens[i + k][2] == word for k, word in enumerate(words)):
                    hits[i] = len(words)
            elif tokens[i][2].startswith(words[0]):
                hits[i] = 1
    if not hits and matched_only:
        return ""
    # The window holding the most matches (the earliest on a tie), opening a few words before one.
    positions = sorted(hits)
    first = 0
    if positions:
        starts = {max(0, min(p - SNIPPET_CONTEXT, len(tokens) - SNIPPET_WORDS)) for p in positions}
        first = max(
            starts,
            key=lambda s: (bisect.bisect_left(positions, s + SNIPPET_WORDS) - bisect.bisect_left(positions, s), -s),
        )
    window = tokens[first : first + SNIPPET_WORDS]
    if not window:
        return ""
    parts, cursor = [], window[0][0]
    marked_until = -1
    for position, (start, end, _) in enumerate(window, start=first):
        parts.append(text[cursor:start])
        if position in hits:
            marked_until = position + hits[position] - 1
            parts.append(MARK_START)
        parts.append(text[start:end])
        if position == marked_until:
            parts.append(MARK_END)
        cursor = end
    if marked_until >= first + len(window):  # a phrase cut by the window's end
        parts.append(MARK_END)
    prefix = "…" if first else ""
    suffix = "…" if first + len(window) < len(tokens) else ""
    return prefix + "".join(parts) + suffix


def ranked_ids(model, text):
    """The ids of every record (in any state) matching `text`, best first: the order of
    `order_by_relevance()`, in one pass over the full-text index."""
    terms = parse(text)
    if not positive(terms):
        return []
    if vendor() == "postgresql":
        return list(model.objects.all().search(text).order_by_relevance().values_list("pk", flat=True))
    table, base = fts_table(model), model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {table}.rowid FROM {table} JOIN {base} ON {base}.id = {table}.rowid "
            f"WHERE {table} MATCH %s ORDER BY {bm25(model)}, {base}.title, {base}.id",
            [fts5_match(terms)],
        )
        return [row[0] for row in cursor.fetchall()]


def matching_ids(model, text):
    """The ids of every record (in any state) matching `text`, unscored: the full-text index alone."""
    terms = parse(text)
    if not positive(terms):
        return []
    if vendor() == "postgresql":
        return list(model.objects.all().search(text).values_list("pk", flat=True))
    table = fts_table(model)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH %s", [fts5_match(terms)])
        return [row[0] for row in cursor.fetchall()]


def scored_ids(model, text, among=None):
    """(id, score) of the records matching `text` (of those in `among`, a list of ids, if given),
    unordered: the relevance of `order_by_relevance()` (higher first; ties go by title, then id)
    without the sort. Scoring costs most on a broad query, so PostgreSQL scores only the records a
    page can show (those its facets leave). SQLite scores every match, a microsecond each, and
    leaves `among` to the caller: FTS5 would rerun the whole match for each id it is given."""
    terms = parse(text)
    if not positive(terms):
        return []
    if vendor() == "postgresql":
        found = model.objects.all().search(text)
        if among is not None:
            found = found.filter(pk__in=models.expressions.RawSQL("SELECT unnest(%s::bigint[])", [list(among)]))
        return list(found.annotate(score=pg_rank(terms)).values_list("pk", "score"))
    table = fts_table(model)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT rowid, -{bm25(model)} FROM {table} WHERE {table} MATCH %s", [fts5_match(terms)])
        return cursor.fetchall()


def matched(snippet):
    """Whether a snippet quotes a match (rather than the opening of a text that does not match)."""
    return bool(snippet) and MARK_START in snippet


PAGE_MATCH_CHARS = 400_000


def page_matches(terms):
    """A condition on a `text` column: the page holds every word of `terms` (a pre-filter on
    SQLite, where quote() then finds the match; the index's own matching on PostgreSQL)."""
    if vendor() == "postgresql":
        # A page is read up to PAGE_MATCH_CHARS, so its vector stays within what a tsvector holds.
        return models.expressions.RawSQL(
            f"to_tsvector('{PG_CONFIG}', left(text, {PAGE_MATCH_CHARS})) @@ to_tsquery('{PG_CONFIG}', %s)",
            [pg_tsquery(terms)],
            output_field=models.BooleanField(),
        )
    condition = models.Q()
    for term in terms:
        for word in term.words:
            condition &= models.Q(text__icontains=word)
    return condition


def highlight(snippet):
    """Escape a snippet and turn its markers into <mark> elements."""
    if not snippet:
        return ""
    return mark_safe(escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


# --- suggestions ("did you mean") --------------------------------------------------------------


def suggest(model, text):
    """The query with near-miss words replaced by words the catalogue contains, or None."""
    terms = parse(text)
    words = [w for t in positive(terms) for w in t.words if len(w) > 2 and not w.isdigit()]
    if not words:
        return None
    replacements = {}
    with connection.cursor() as cursor:
        if vendor() == "postgresql":
            table = model._meta.db_table
            words_of_published = (
                f"SELECT search_vector FROM {table} WHERE state = 'published' AND search_vector IS NOT NULL"
            )
            for word in words:
                cursor.execute(
                    "SELECT word FROM ts_stat(%s) WHERE length(word) > 2 AND similarity(word, %s) > 0.3 "
                    "ORDER BY word = %s DESC, similarity(word, %s) DESC, ndoc DESC, word LIMIT 1",
                    [words_of_published, word, word, word],
                )
                row = cursor.fetchone()
                if row and row[0] != word:
                    replacements[word] = row[0]
        else:
            cursor.execute(f"SELECT term FROM {fts_table(model)}_vocab WHERE length(term) > 2")
            vocabulary = [row[0] for row in cursor.fetchall()]
            known = set(vocabulary)
            for word in words:
                if word not in known:
                    close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
                    if close:
                        replacements[word] = close[0]
    if not replacements:
        return None
    return " ".join(replacements.get(w.lower(), w) for w in WORD.findall(text))


# --- indexing ----------------------------------------------------------------------------------


def index(obj):
    """Write one record's search document (title, summary, body, names) to the index."""
    document = obj.search_document()
    model = type(obj)
    if vendor() == "postgresql":
        from django.contrib.postgres.search import SearchVector

        vector = None
        for column in columns(model):
            part = SearchVector(models.Value(document.get(column, "")), weight=PG_WEIGHTS[column], config=PG_CONFIG)
            vector = part if vector is None else vector + part
        model._base_manager.filter(pk=obj.pk).update(search_vector=vector)
    else:
        table, names = fts_table(model), columns(model)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE rowid = %s", [obj.pk])
            cursor.execute(
                f"INSERT INTO {table} (rowid, {', '.join(names)}) VALUES (%s{', %s' * len(names)})",
                [obj.pk, *(document.get(c, "") for c in names)],
            )


def index_documents(model, documents):
    """Write many search documents at once: {pk: document}. For bulk loads that bypass save()."""
    names = columns(model)
    rows = [(pk, *(document.get(c, "") for c in names)) for pk, document in documents.items()]
    with connection.cursor() as cursor:
        if vendor() == "postgresql":
            weighted = " || ".join(f"setweight(to_tsvector('{PG_CONFIG}', %s), '{PG_WEIGHTS[c]}')" for c in names)
            cursor.executemany(
                f"UPDATE {model._meta.db_table} SET search_vector = {weighted} WHERE id = %s",
                [(*row[1:], row[0]) for row in rows],
            )
        else:
            table = fts_table(model)
            cursor.executemany(f"DELETE FROM {table} WHERE rowid = %s", [(row[0],) for row in rows])
            cursor.executemany(
                f"INSERT INTO {table} (rowid, {', '.join(names)}) VALUES (%s{', %s' * len(names)})", rows
            )


def unindex(model, pk):
    if vendor() != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {fts_table(model)} WHERE rowid = %s", [pk])


def create_index(schema_editor, db_table, columns=COLUMNS):
    """DDL for one content type's index (used by migrations)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {db_table}_search_gin ON {db_table} USING gin (search_vector)"
        )
    elif schema_editor.connection.vendor == "sqlite":
        table = f"{db_table}_fts"
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({', '.join(columns)}, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        )
        schema_editor.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_vocab USING fts5vocab({table}, 'row')")


def drop_index(schema_editor, db_table):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {db_table}_search_gin")
    elif schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {db_table}_fts_vocab")
        schema_editor.execute(f"DROP TABLE IF EXISTS {db_table}_fts")


def create_search_configuration(schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        schema_editor.execute(
            f"DO $$ BEGIN CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = simple); "
            "EXCEPTION WHEN unique_violation THEN NULL; END $$"
        )
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} "
            "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
        )


def drop_search_configuration(schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")


def unaccent_stored_vectors(schema_editor, db_table):
    """Bring vectors indexed under plain `simple` to what PG_CONFIG gives: the same lexemes,
    positions and weights without their accents (an exact rewrite, no re-reading of records)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"UPDATE {db_table} SET search_vector = unaccent(search_vector::text)::tsvector "
            "WHERE search_vector IS NOT NULL"
        )


def unaccent_operation(db_table):
    from django.db import migrations

    return migrations.RunPython(
        lambda apps, schema_editor: unaccent_stored_vectors(schema_editor, db_table), migrations.RunPython.noop
    )


def rebuild_index(schema_editor, db_table, before, after):
    """Give one content type's SQLite index the columns `after` (it has `before`), keeping what the
    columns they share hold. PostgreSQL's vector needs no change of shape."""
    if schema_editor.connection.vendor != "sqlite":
        return
    table, kept = f"{db_table}_fts", [c for c in before if c in after]
    schema_editor.execute(f"DROP TABLE IF EXISTS {table}_vocab")
    schema_editor.execute(f"ALTER TABLE {table} RENAME TO {table}_old")
    create_index(schema_editor, db_table, after)
    listed = ", ".join(kept)
    schema_editor.execute(f"INSERT INTO {table} (rowid, {listed}) SELECT rowid, {listed} FROM {table}_old")
    schema_editor.execute(f"DROP TABLE {table}_old")


def rebuild_index_operation(db_table, before, after):
    """The migration operation that changes the columns of one content type's index (and back)."""
    from django.db import migrations

    return migrations.RunPython(
        lambda apps, schema_editor: rebuild_index(schema_editor, db_table, before, after),
        lambda apps, schema_editor: rebuild_index(schema_editor, db_table, after, before),
    )


def index_operation(db_table):
    """The migration operation that creates (and on reversal drops) one content type's index."""
    from django.db import migrations

    return migrations.RunPython(
        lambda apps, schema_editor: create_index(schema_editor, db_table),
        lambda apps, schema_editor: drop_index(schema_editor, db_table),
    )


def indexed_names(vocabulary_entry):
    """What a record's search document takes from a vocabulary entry it carries."""
    return (str(vocabulary_entry), getattr(vocabulary_entry, "acronym", ""))


def remember_names(sender, instance, raw=False, **kwargs):
    """Before a vocabulary entry is saved, note the names the index holds for it."""
    if raw or instance.pk is None:
        return
    before = sender._base_manager.filter(pk=instance.pk).first()
    instance._indexed_names_before = indexed_names(before) if before is not None else None


def register(model, *, related=(), m2m=(), vocabularies=()):
    """Keep `model`'s index current: on save and delete, when rows of `related` models (roles,
    authors; each with a `parent` accessor name) change, when its many-to-many fields change, and
    when an entry of `vocabularies` ((model, lookup path from a record)) it carries is renamed.

    A rename re-indexes the records carrying the entry in the rename's own transaction, so search
    finds the new name as soon as it is saved (and never finds it if the rename rolls back)."""

    def on_save(sender, instance, raw=False, **kwargs):
        if not raw:
            index(instance)

    def on_delete(sender, instance, **kwargs):
        unindex(model, instance.pk)

    post_save.connect(on_save, sender=model, weak=False, dispatch_uid=f"search-save-{model._meta.label}")
    post_delete.connect(on_delete, sender=model, weak=False, dispatch_uid=f"search-delete-{model._meta.label}")

    for related_model, parent in related:

        def on_related(sender, instance, raw=False, parent=parent, **kwargs):
            if raw:
                return
            owner = model._base_manager.filter(pk=getattr(instance, f"{parent}_id")).first()
            if owner is not None:
                index(owner)

        uid = f"search-{model._meta.label}-{related_model._meta.label}"
        post_save.connect(on_related, sender=related_model, weak=False, dispatch_uid=f"{uid}-save")
        post_delete.connect(on_related, sender=related_model, weak=False, dispatch_uid=f"{uid}-delete")

    for field_name in m2m:
        through = model._meta.get_field(field_name).remote_field.through

        def on_m2m(sender, instance, action, reverse, pk_set, **kwargs):
            if action not in {"post_add", "post_remove", "post_clear"}:
                return
            if not reverse:
                index(instance)
            elif pk_set:
                for owner in model._base_manager.filter(pk__in=pk_set):
                    index(owner)

        m2m_changed.connect(on_m2m, sender=through, weak=False, dispatch_uid=f"search-m2m-{through._meta.label}")

    for vocabulary, path in vocabularies:

        def on_rename(sender, instance, created=False, raw=False, path=path, **kwargs):
            before = getattr(instance, "_indexed_names_before", None)
            if raw or created or before is None or before == indexed_names(instance):
                return
            for owner in model._base_manager.filter(**{path: instance}).distinct():
                index(owner)

        pre_save.connect(remember_names, sender=vocabulary, dispatch_uid=f"search-names-{vocabulary._meta.label}")
        post_save.connect(
            on_rename,
            sender=vocabulary,
            weak=False,
            dispatch_uid=f"search-{model._meta.label}-{vocabulary._meta.label}-{path}",
        )
