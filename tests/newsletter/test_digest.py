"""The newsletter digest builder: what goes in, what comes out, and who may use it."""

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest
from django.http import QueryDict
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from catalog.models import Mineral, State
from newsletter.models import Digest
from newsletter.rendering import FORMATS
from newsletter.sections import Section
from newsletter.selection import DATETIME_FORMAT, Selection, with_defaults

from ..factories import (
    EventFactory,
    InterventionFactory,
    InterventionRoleFactory,
    PublicationAuthorFactory,
    PublicationFactory,
    country,
)

BUILDER = reverse("newsletter:builder")
SINCE = datetime(2026, 9, 1, tzinfo=UTC)
UNTIL = datetime(2026, 10, 1, tzinfo=UTC)


def published_at(record, moment):
    type(record).objects.filter(pk=record.pk).update(published_at=moment)
    return record


def period(since=SINCE, until=UNTIL, **params):
    return {"since": since.strftime(DATETIME_FORMAT), "until": until.strftime(DATETIME_FORMAT), **params}


def keys(response):
    """What the preview lists, per section: {"publications": ["publications:3", ...]}."""
    return {part.section.key: [row.entry.key for row in part.rows] for part in response.context["selection"].parts}


@pytest.fixture
def period_records(db):
    """Records published just inside, on the edges of and outside the period, plus unpublished ones."""
    ghana, kenya = country("GH"), country("KE")
    gold = Mineral.objects.get(slug="gold")
    inside = {
        "first_second": published_at(PublicationFactory(title="On the first second"), SINCE),
        "middle": published_at(PublicationFactory(title="Gold in Ghana"), SINCE + timedelta(days=10)),
        "kenya": published_at(PublicationFactory(title="Kenyan report"), SINCE + timedelta(days=12)),
        "last_moment": published_at(PublicationFactory(title="On the last moment"), UNTIL - timedelta(microseconds=1)),
        "event": published_at(EventFactory(title="Accra dialogue", country=ghana), SINCE + timedelta(days=3)),
        "intervention": published_at(InterventionFactory(title="Ghana gold project"), SINCE + timedelta(days=4)),
    }
    inside["middle"].countries.add(ghana)
    inside["middle"].minerals.add(gold)
    inside["kenya"].countries.add(kenya)
    inside["intervention"].countries.add(ghana)
    outside = {
        "before": published_at(PublicationFactory(title="Out early"), SINCE - timedelta(seconds=1)),
        "at_until": published_at(PublicationFactory(title="Out on the end"), UNTIL),
        "after": published_at(EventFactory(title="Out late"), UNTIL + timedelta(days=1)),
        "draft": PublicationFactory(title="A draft", state=State.DRAFT),
        "review": EventFactory(title="In review", state=State.IN_REVIEW),
    }
    # Published in the period, since sent back: it must not appear.
    unpublished = published_at(InterventionFactory(title="Unpublished again"), SINCE + timedelta(days=5))
    type(unpublished).objects.filter(pk=unpublished.pk).update(state=State.DRAFT)
    outside["unpublished"] = unpublished
    return inside, outside


def key(record):
    return f"{record._meta.app_label}:{record.pk}"


def test_the_digest_holds_exactly_the_records_published_in_the_period(client, editor, period_records):
    inside, outside = period_records
    client.force_login(editor)
    response = client.get(BUILDER, period())
    listed = keys(response)
    assert sorted(k for section in listed.values() for k in section) == sorted(key(r) for r in inside.values())
    html = response.content.decode()
    for record in outside.values():
        assert record.title not in html
    # The counts shown agree with the records listed.
    assert [part.total for part in response.context["selection"].parts] == [4, 1, 1]


def test_the_browse_filters_narrow_each_type(client, editor, period_records):
    inside, _ = period_records
    client.force_login(editor)
    response = client.get(
        BUILDER,
        period(
            type=["publications", "interventions"], **{"publications-country": "GH", "publications-mineral": "gold"}
        ),
    )
    assert keys(response) == {"publications": [key(inside["middle"])], "interventions": [key(inside["intervention"])]}
    part = response.context["selection"].parts[0]
    assert part.heading == "Publications on gold in Ghana"
    countries = next(group for group in part.listing.facets if group.name == "country")
    assert {(v.value, v.count) for v in countries.values} == {("GH", 1)}  # no gold in the Kenyan report
    # Facet counts are those of the period, and disjunctive: Kenya is offered beside Ghana.
    part = (
        client.get(BUILDER, period(type="publications", **{"publications-country": "GH"})).context["selection"].parts[0]
    )
    countries = next(group for group in part.listing.facets if group.name == "country")
    assert {(v.value, v.count) for v in countries.values} == {("GH", 1), ("KE", 1)}


def test_a_search_and_an_unknown_filter_value(client, editor, period_records):
    inside, _ = period_records
    client.force_login(editor)
    response = client.get(
        BUILDER, period(type="publications", **{"publications-q": "kenyan", "publications-country": "XX"})
    )
    assert keys(response) == {"publications": [key(inside["kenya"])]}
    assert "No country is called “XX”; it was ignored." in response.content.decode()


def test_a_browse_page_address_becomes_the_digest_filters(client, editor, period_records):
    client.force_login(editor)
    response = client.get(BUILDER, {"from": "/publications/?country=GH&page=2"})
    assert response.status_code == 302
    assert response["Location"] == f"{BUILDER}?type=publications&publications-country=GH"


def test_the_browse_page_offers_the_digest_to_editors_only(client, editor, curator, period_records):
    link = "Use in a newsletter digest"
    assert link not in client.get("/publications/?country=GH").content.decode()
    client.force_login(curator)
    assert link not in client.get("/publications/?country=GH").content.decode()
    client.force_login(editor)
    html = client.get("/publications/?country=GH").content.decode()
    assert f'href="{BUILDER}?from=/publications/%3Fcountry%3DGH"' in html
    # The link carries the query as matched: a value that names nothing stays behind.
    html = client.get("/publications/?country=GH&country=ZZ").content.decode()
    assert f'href="{BUILDER}?from=/publications/%3Fcountry%3DGH"' in html


def test_the_period_starts_where_the_last_saved_digest_ended(client, editor, db):
    client.force_login(editor)
    response = client.get(BUILDER)
    form = response.context["selection"].form
    until = datetime.fromisoformat(form["until"].value()).replace(tzinfo=UTC)
    since = datetime.fromisoformat(form["since"].value()).replace(tzinfo=UTC)
    assert abs(until - timezone.now()) < timedelta(minutes=1)
    assert until - since == timedelta(days=90)
    Digest.objects.create(title="Earlier", since=SINCE - timedelta(days=30), until=SINCE)
    Digest.objects.create(title="Last", since=SINCE, until=UNTIL)
    response = client.get(BUILDER)
    assert response.context["selection"].form["since"].value() == UNTIL.strftime(DATETIME_FORMAT)
    assert "The last saved digest, <a" in response.content.decode()


def test_a_period_cannot_reach_into_the_future(client, editor, db):
    client.force_login(editor)
    response = client.get(BUILDER, period(until=timezone.now() + timedelta(days=30)))
    selection = response.context["selection"]
    assert selection.until <= timezone.now()
    assert "nothing published later can be in this digest yet" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "yesterday", "until": "2026-10-01T00:00:00"}, "Enter a valid date/time."),
        ({"since": "2026-10-01T00:00:00", "until": "2026-09-01T00:00:00"}, "The period must start before it ends."),
        (
            {"since": "2026-09-01T00:00:00", "until": "2026-10-01T00:00:00", "type": "nonsense"},
            "Select a valid choice.",
        ),
        ({"since": "2026-09-01T00:00\x00", "until": "x" * 5000}, "Enter a valid date/time."),
    ],
)
def test_bad_criteria_get_a_clear_message_and_no_preview(client, editor, db, params, message):
    client.force_login(editor)
    response = client.get(BUILDER, params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not response.context["selection"].parts
    assert 'class="digest-compose"' not in response.content.decode()


def compose(response, *, leave_out=(), order=None, **fields):
    """The compose form as the editor's browser would post it."""
    selection = response.context["selection"]
    data = {}
    for name, value in selection.hidden_fields():
        data.setdefault(name, []).append(value)
    rows = [row for part in selection.parts for row in part.rows]
    data["item"] = [row.entry.key for row in rows if row.entry.key not in leave_out]
    for row in rows:
        data[f"position-{row.entry.key}"] = (order or {}).get(row.entry.key, row.position)
    data.update(fields)
    return data


def test_untick_and_reorder_then_export_markdown_and_text(client, editor, period_records):
    inside, _ = period_records
    client.force_login(editor)
    preview = client.get(BUILDER, period(type="publications"))
    data = compose(
        preview,
        leave_out=[key(inside["kenya"])],
        order={key(inside["first_second"]): 1, key(inside["last_moment"]): 2, key(inside["middle"]): 3},
        title="Mining news, September",
        intro="Dear readers,\n\nthree new [reports].",
        action="markdown",
    )
    response = client.post(BUILDER, data)
    assert response["Content-Disposition"] == 'attachment; filename="mining-news-september.md"'
    markdown = response.content.decode()
    assert markdown.startswith("# Mining news, September\n")
    assert "three new \\[reports\\]." in markdown
    titles = re.findall(r"\*\*\[(.+?)\]\(<(.+?)>\)\*\*", markdown)
    assert [t for t, _ in titles] == ["On the first second", "On the last moment", "Gold in Ghana"]
    assert all(url.startswith("http://testserver/publications/") for _, url in titles)
    assert "Kenyan report" not in markdown

    data["action"] = "text"
    text = client.post(BUILDER, data).content.decode()
    assert text.index("On the first second") < text.index("On the last moment") < text.index("Gold in Ghana")
    assert "Kenyan report" not in text
    assert all(len(line) <= 72 or line.strip().startswith("http") for line in text.splitlines())


def test_apply_keeps_ticks_and_order_on_the_page(client, editor, period_records):
    inside, _ = period_records
    client.force_login(editor)
    preview = client.get(BUILDER, period(type="publications"))
    data = compose(preview, leave_out=[key(inside["middle"])], order={key(inside["kenya"]): 1}, action="update")
    response = client.post(BUILDER, data)
    rows = response.context["selection"].parts[0].rows
    assert rows[0].entry.key == key(inside["kenya"])
    assert [row.included for row in rows if row.entry.key == key(inside["middle"])] == [False]
    assert not Digest.objects.exists()


def test_a_forged_item_cannot_bring_in_other_records(client, editor, period_records):
    _, outside = period_records
    client.force_login(editor)
    data = compose(client.get(BUILDER, period(type="publications")), action="markdown")
    data["item"] += [key(outside["draft"]), key(outside["before"]), "publications:999999", "nonsense"]
    data["position-nonsense"] = "first"
    markdown = client.post(BUILDER, data).content.decode()
    assert "A draft" not in markdown and "Out early" not in markdown
    assert markdown.count("- **[") == 4


def test_an_empty_digest_is_refused_with_a_message(client, editor, period_records):
    client.force_login(editor)
    data = compose(client.get(BUILDER, period(type="publications")), action="save")
    data["item"] = []
    response = client.post(BUILDER, data)
    assert "Tick at least one record: the digest is empty." in response.content.decode()
    assert not Digest.objects.exists()


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.srcs = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "src" in attrs:
            self.srcs.append(attrs["src"])


def test_the_email_html_is_self_contained(client, editor, period_records):
    client.force_login(editor)
    data = compose(client.get(BUILDER, period()), title="<script>alert(1)</script>", action="html")
    response = client.post(BUILDER, data)
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; ")
    html = response.content.decode()
    parsed = Elements()
    parsed.feed(html)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names and "link" not in names and "style" not in names
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not any("class" in attrs for _, attrs in parsed.tags)  # inline styles only
    assert names.count("table") == 2 and all(
        attrs.get("role") == "presentation" for t, attrs in parsed.tags if t == "table"
    )
    assert parsed.hrefs and all(href.startswith("http://testserver/") for href in parsed.hrefs)
    assert not parsed.srcs
    for title in ("Gold in Ghana", "Accra dialogue", "Ghana gold project"):
        assert title in html


def test_saving_keeps_the_order_and_sets_the_next_period(client, editor, period_records):
    inside, _ = period_records
    client.force_login(editor)
    preview = client.get(BUILDER, period(type=["publications", "events"], **{"publications-country": "GH"}))
    data = compose(preview, title="September", intro="Hello.", action="save")
    response = client.post(BUILDER, data)
    digest = Digest.objects.get()
    assert response["Location"] == digest.get_absolute_url()
    assert (digest.since, digest.until, digest.created_by) == (SINCE, UNTIL, editor)
    assert digest.criteria == {
        "types": ["publications", "events"],
        "filters": {"publications": "country=GH", "events": ""},
        "language": "en",
    }
    assert [item.record for item in digest.items.all()] == [inside["middle"], inside["event"]]

    page = client.get(digest.get_absolute_url())
    assert page.context["content"].count == 2
    assert "Saved “September”" in page.content.decode()
    next_period = client.get(BUILDER).context["selection"].form["since"].value()
    assert next_period == UNTIL.strftime(DATETIME_FORMAT)


def test_a_saved_digest_leaves_out_what_is_no_longer_published(client, editor, period_records):
    inside, _ = period_records
    client.force_login(editor)
    client.post(BUILDER, compose(client.get(BUILDER, period(type="publications")), action="save"))
    digest = Digest.objects.get()
    type(inside["middle"]).objects.filter(pk=inside["middle"].pk).update(state=State.IN_REVIEW)
    page = client.get(digest.get_absolute_url())
    assert "1 record is no longer published" in page.content.decode()
    for url in [reverse("newsletter:email", args=[digest.pk])] + [
        reverse("newsletter:download", args=[digest.pk, ext]) for ext in ("html", "md", "txt")
    ]:
        body = client.get(url).content.decode()
        assert "Kenyan report" in body and "Gold in Ghana" not in body
    assert client.get(reverse("newsletter:download", args=[digest.pk, "exe"])).status_code == 404


def test_the_email_preview_runs_nothing_and_only_frames_on_the_site(client, editor, period_records):
    client.force_login(editor)
    client.post(BUILDER, compose(client.get(BUILDER, period()), action="save"))
    response = client.get(reverse("newsletter:email", args=[Digest.objects.get().pk]))
    assert response["Content-Security-Policy"].startswith("default-src 'none'; style-src 'unsafe-inline'")
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_meta_lines_name_authors_places_and_funders(client, editor, db):
    publication = published_at(PublicationFactory(title="Authored"), SINCE)
    PublicationAuthorFactory(publication=publication, name="A. Researcher")
    intervention = published_at(InterventionFactory(title="Funded"), SINCE)
    InterventionRoleFactory(intervention=intervention, organisation__name="Big Donor")
    published_at(EventFactory(title="Online day", attendance="online"), SINCE)
    client.force_login(editor)
    markdown = client.post(BUILDER, compose(client.get(BUILDER, period()), action="markdown")).content.decode()
    assert "Report · 1 May 2020 · A. Researcher" in markdown
    assert "Funded by Big Donor" in markdown
    assert "Workshop · 28 May 2019 · Online" in markdown


def test_builder_query_count_stays_flat(client, editor, django_assert_max_num_queries, db):
    client.force_login(editor)
    for _ in range(15):
        published_at(PublicationFactory(), SINCE).countries.add(country("GH"))
        published_at(EventFactory(), SINCE)
        published_at(InterventionRoleFactory().intervention, SINCE)
    with django_assert_max_num_queries(60):
        response = client.get(BUILDER, period())
    assert sum(len(part.rows) for part in response.context["selection"].parts) == 45


STAFF_URLS = [
    ("newsletter:builder", []),
    ("newsletter:list", []),
    ("newsletter:detail", ["pk"]),
    ("newsletter:email", ["pk"]),
    ("newsletter:download", ["pk", "html"]),
]


@pytest.mark.parametrize("name,args", STAFF_URLS)
@pytest.mark.parametrize(
    "user_fixture,expected", [(None, 302), ("visitor", 403), ("curator", 403), ("editor", 200), ("superuser", 200)]
)
def test_digest_pages_are_for_editors_only(client, request, db, name, args, user_fixture, expected):
    digest = Digest.objects.create(title="Saved", since=SINCE, until=UNTIL)
    url = reverse(name, args=[digest.pk if a == "pk" else a for a in args])
    if user_fixture:
        client.force_login(request.getfixturevalue(user_fixture))
    response = client.get(url)
    assert response.status_code == expected
    if expected == 302:
        assert response["Location"].startswith(reverse("admin:login"))


def test_only_editors_can_post_to_the_builder(client, curator, period_records):
    client.force_login(curator)
    response = client.post(BUILDER, {**period(), "type": "publications", "action": "save", "item": []})
    assert response.status_code == 403
    assert not Digest.objects.exists()


def test_no_unpublished_demo_record_in_any_digest_format(client, editor, demo):
    from events.models import Event
    from interventions.models import Intervention
    from publications.models import Publication

    models = (Intervention, Publication, Event)
    for model in models:
        model.objects.update(published_at=SINCE)  # demo records are published "now"; move them into the period
    hidden = {
        title for m in models for title in m.objects.exclude(state=State.PUBLISHED).values_list("title", flat=True)
    }
    assert len(hidden) >= 4
    client.force_login(editor)
    preview = client.get(BUILDER, period())
    assert sum(part.total for part in preview.context["selection"].parts) == sum(
        m.objects.published().count() for m in models
    )
    outputs = [preview.content]
    for action in ("html", "markdown", "text"):
        outputs.append(client.post(BUILDER, compose(preview, action=action)).content)
    client.post(BUILDER, compose(preview, action="save"))
    digest = Digest.objects.get()
    outputs += [
        client.get(reverse("newsletter:download", args=[digest.pk, ext])).content for ext in ("html", "md", "txt")
    ]
    for output in outputs:
        text = output.decode()
        for title in hidden:
            assert title not in text


# --- the digest's language -------------------------------------------------------------------


@pytest.fixture
def languages_seen(monkeypatch):
    """The language turned on while each format renders and each record's line is written:
    [(what, language)]. Once catalogues exist, French strings show it too; this shows the switch."""
    seen = []
    for name, (render, content_type, extension) in list(FORMATS.items()):

        def spy(content, render=render, name=name):
            seen.append((name, translation.get_language()))
            return render(content)

        monkeypatch.setitem(FORMATS, name, (spy, content_type, extension))
    entry = Section.entry

    def entry_spy(self, record, request):
        seen.append(("entry", translation.get_language()))
        return entry(self, record, request)

    monkeypatch.setattr(Section, "entry", entry_spy)
    return seen


def test_a_digest_is_composed_in_the_language_chosen_for_it(client, editor, period_records, languages_seen):
    client.force_login(editor)
    preview = client.get(BUILDER, period(type="publications", language="fr"))
    assert preview.context["selection"].language == "fr"
    assert ("language", "fr") in preview.context["selection"].hidden_fields()
    assert {language for what, language in languages_seen if what == "entry"} == {"fr"}
    languages_seen.clear()
    for action in ("html", "markdown", "text"):
        response = client.post(BUILDER, compose(preview, action=action))
        assert response.status_code == 200
    assert [language for what, language in languages_seen if what != "entry"] == ["fr", "fr", "fr"]
    assert {language for what, language in languages_seen if what == "entry"} == {"fr"}
    assert translation.get_language() != "fr"  # turned on for the digest only

    client.post(BUILDER, compose(preview, action="save"))
    digest = Digest.objects.get()
    assert digest.criteria["language"] == "fr"
    # A saved digest's link gives the language it was composed in; ?language= asks for another.
    languages_seen.clear()
    client.get(reverse("newsletter:email", args=[digest.pk]))
    client.get(reverse("newsletter:download", args=[digest.pk, "md"]))
    client.get(reverse("newsletter:download", args=[digest.pk, "txt"]) + "?language=es")
    client.get(reverse("newsletter:download", args=[digest.pk, "txt"]) + "?language=xx")
    renders = [(what, language) for what, language in languages_seen if what != "entry"]
    assert renders == [("html", "fr"), ("markdown", "fr"), ("text", "es"), ("text", "fr")]


def test_a_browse_page_address_keeps_the_language_asked_for(client, editor, db):
    client.force_login(editor)
    response = client.get(BUILDER, {"from": "/events/?country=GH", "language": "es"})
    assert response["Location"] == f"{BUILDER}?language=es&type=events&events-country=GH"


@pytest.mark.parametrize(
    "interface,expected", [("fr", "fr"), ("es", "es"), ("fr-ca", "fr"), ("en-gb", "en"), ("de", "en")]
)
def test_a_new_digest_is_written_in_the_interface_language(db, interface, expected):
    request = RequestFactory().get(BUILDER)
    with translation.override(interface):
        selection = Selection(request, with_defaults(QueryDict()))
    assert selection.language == expected
    assert selection.criteria()["language"] == expected


def test_an_unknown_language_falls_back_to_the_interface_language(db):
    request = RequestFactory().get(BUILDER)
    with translation.override("es"):
        selection = Selection(request, with_defaults(QueryDict("language=klingon")))
    assert selection.is_valid
    assert selection.language == "es"
    assert ("language", "es") in selection.hidden_fields()


def test_the_builder_offers_the_language_and_a_spanish_digest_reads_in_spanish(client, editor, period_records):
    client.force_login(editor)
    preview = client.get(BUILDER, period(type="publications", language="es"))
    html = preview.content.decode()
    assert '<select class="form-select" name="language" id="id_language"' in html
    assert '<option value="es" lang="es" selected>Español</option>' in html
    markdown = client.post(BUILDER, compose(preview, action="markdown")).content.decode()
    assert "Portal de conocimiento sobre la MAPE" in markdown
    assert "ASM Knowledge Portal" not in markdown
