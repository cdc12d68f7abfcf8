"""Full-text search with the same visible behaviour on both databases.

A query is parsed here, never handed raw to the database: words (prefix-matched), "quoted phrases"
(exact sequence) and -excluded words, all required. PostgreSQL searches a stored, weighted tsvector
(GIN index) and ranks with ts_rank; SQLite searches an FTS5 table per content type ranked by bm25.
Weights: title (A) > summary (B) > body (C) > names of organisations, places, people (D).
"""

import difflib
import re
from dataclasses import dataclass

from django.db import connection, models
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"[^\W_]+")  # letters and digits: the only thing either engine is ever given
TOKEN = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')
MAX_TERMS = 12
MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters bracket highlighted words
COLUMNS = ("title", "summary", "body", "names")
PG_WEIGHTS = {"title": "A", "summary": "B", "body": "C", "names": "D"}
# No stemming on either engine: prefix matching ("mappin" finds "mapping") then behaves the same,
# and a stemmed index would turn partial words into misses.
PG_CONFIG = "simple"


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
            from django.contrib.postgres.search import SearchQuery, SearchRank

            query = SearchQuery(pg_tsquery(terms), search_type="raw", config=PG_CONFIG)
            rank = SearchRank(models.F("search_vector"), query, weights=[0.1, 0.2, 0.4, 1.0])
        else:
            table, base = fts_table(self.model), self.model._meta.db_table
            # The full-text query runs once (MATERIALIZED), then each row looks its rank up by id;
            # "MATCH ... AND rowid = outer.id" would rerun the whole query for every matching row.
            rank = models.expressions.RawSQL(
                f"(WITH ranks AS MATERIALIZED (SELECT rowid AS id, -bm25({table}, 10.0, 4.0, 2.0, 1.0) AS rank "
                f"FROM {table} WHERE {table} MATCH %s) SELECT rank FROM ranks WHERE ranks.id = {base}.id)",
                [fts5_match(terms)],
                output_field=models.FloatField(),
            )
        return self.annotate(search_rank=rank).order_by("-search_rank", "title", "pk")

    def with_snippets(self):
        """Annotate `search_snippet`: a short passage with the matched words bracketed for highlight()."""
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
        else:
            # FTS5 can only quote a passage inside its own query, and a per-row subquery would rerun
            # the search for every match: the rows fetched get their snippets in one query instead.
            clone = self._chain()
            clone._snippet_terms = terms
            return clone
        return self.annotate(search_snippet=snippet)

    def _fetch_all(self):
        fetched = self._result_cache is not None
        super()._fetch_all()
        terms = getattr(self, "_snippet_terms", None)
        if terms and not fetched and self._result_cache and isinstance(self._result_cache[0], models.Model):
            snippets = fts5_snippets(self.model, terms, [record.pk for record in self._result_cache])
            for record in self._result_cache:
                record.search_snippet = snippets.get(record.pk, "")


def fts5_snippets(model, terms, ids):
    """{id: passage} for the given records: the summary where it matches, else the body."""
    table = fts_table(model)

    def passage(column):  # FTS5 columns: 0 title, 1 summary, 2 body, 3 names
        return f"snippet({table}, {column}, '{MARK_START}', '{MARK_END}', '…', 24)"

    summary, body = passage(1), passage(2)
    placeholders = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid, CASE WHEN instr({summary}, '{MARK_START}') > 0 THEN {summary} "
            f"WHEN instr({body}, '{MARK_START}') > 0 THEN {body} ELSE {summary} END "
            f"FROM {table} WHERE {table} MATCH %s AND rowid IN ({placeholders})",
            [fts5_match(terms), *ids],
        )
        return dict(cursor.fetchall())


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
        for column in COLUMNS:
            part = SearchVector(models.Value(document.get(column, "")), weight=PG_WEIGHTS[column], config=PG_CONFIG)
            vector = part if vector is None else vector + part
        model._base_manager.filter(pk=obj.pk).update(search_vector=vector)
    else:
        table = fts_table(model)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE rowid = %s", [obj.pk])
            cursor.execute(
                f"INSERT INTO {table} (rowid, title, summary, body, names) VALUES (%s, %s, %s, %s, %s)",
                [obj.pk, *(document.get(c, "") for c in COLUMNS)],
            )


def index_documents(model, documents):
    """Write many search documents at once: {pk: document}. For bulk loads that bypass save()."""
    rows = [(pk, *(document.get(c, "") for c in COLUMNS)) for pk, document in documents.items()]
    with connection.cursor() as cursor:
        if vendor() == "postgresql":
            weighted = " || ".join(f"setweight(to_tsvector('{PG_CONFIG}', %s), '{PG_WEIGHTS[c]}')" for c in COLUMNS)
            cursor.executemany(
                f"UPDATE {model._meta.db_table} SET search_vector = {weighted} WHERE id = %s",
                [(*row[1:], row[0]) for row in rows],
            )
        else:
            table = fts_table(model)
            cursor.executemany(f"DELETE FROM {table} WHERE rowid = %s", [(row[0],) for row in rows])
            cursor.executemany(
                f"INSERT INTO {table} (rowid, title, summary, body, names) VALUES (%s, %s, %s, %s, %s)", rows
            )


def unindex(model, pk):
    if vendor() != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {fts_table(model)} WHERE rowid = %s", [pk])


def create_index(schema_editor, db_table):
    """DDL for one content type's index (used by migrations)."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {db_table}_search_gin ON {db_table} USING gin (search_vector)"
        )
    elif schema_editor.connection.vendor == "sqlite":
        table = f"{db_table}_fts"
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(title, summary, body, names, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        )
        schema_editor.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table}_vocab USING fts5vocab({table}, 'row')")


def drop_index(schema_editor, db_table):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {db_table}_search_gin")
    elif schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {db_table}_fts_vocab")
        schema_editor.execute(f"DROP TABLE IF EXISTS {db_table}_fts")


def index_operation(db_table):
    """The migration operation that creates (and on reversal drops) one content type's index."""
    from django.db import migrations

    return migrations.RunPython(
        lambda apps, schema_editor: create_index(schema_editor, db_table),
        lambda apps, schema_editor: drop_index(schema_editor, db_table),
    )


def register(model, *, related=(), m2m=()):
    """Keep `model`'s index current: on save and delete, when rows of `related` models (roles,
    authors; each with a `parent` accessor name) change, and when its many-to-many fields change."""

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
