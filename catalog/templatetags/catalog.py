import functools
import json

from django import template
from django.core.cache import cache
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import get_text_list, slugify
from django.utils.translation import gettext, pgettext

from catalog import search
from catalog.browse.filters import MAX_QUERY_LENGTH, clean_text

register = template.Library()


@register.filter
def admin_change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


@register.filter
def highlight(snippet):
    """A search snippet, escaped, with the matched words in <mark>."""
    return search.highlight(snippet)


@register.filter
def and_list(items):
    """ "A, B and C" in the current language: names listed in a sentence ("By {{ names }}")."""
    # Translators: the word before the last item of a list, as in "A, B and C".
    return get_text_list(list(items), pgettext("list", "and"))


@register.filter
def linked_people(credits):
    """ "A, B and C", each person linked to their profile: authors or speakers (rows with a `person`)."""
    links = [format_html('<a href="{}">{}</a>', c.person.get_absolute_url(), c.person.name) for c in credits]
    return mark_safe(and_list(links))  # each part is escaped by format_html


@register.filter
def clean_query(value):
    """Search text as the portal uses it: no control characters, bounded length."""
    return clean_text(value or "", MAX_QUERY_LENGTH)


JSON_IN_HTML = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """A schema.org JSON-LD block; <, > and & are escaped so no text can close the script element."""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_IN_HTML)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@functools.lru_cache(maxsize=16384)
def facet_dom_id(name, value):
    return f"f-{name}-{slugify(value)}"


@register.simple_tag
def facet_checkboxes(group, values):
    """The <li> checkboxes of a facet's values. Built here rather than by a template loop: a browse
    page lists hundreds of values, and this is its hottest markup. Every value is escaped."""
    name = escape(group.name)
    items = []
    for v in values:
        dom_id = facet_dom_id(name, v.value)
        checked = " checked" if v.selected else ""
        items.append(
            f'<li class="form-check"><input class="form-check-input" type="checkbox" name="{name}" '
            f'value="{escape(v.value)}" id="{dom_id}"{checked}><label class="form-check-label" for="{dom_id}">'
            f'{escape(v.label)} <span class="facet-count">({v.count})</span></label></li>'
        )
    return mark_safe("\n".join(items))  # built from escaped values only


FRAGMENT_SECONDS = 3600


class CachedFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        key = context.get("fragment_key")
        if not key:
            return self.nodelist.render(context)
        full_key = f"fragment:{self.name}:{key}"
        html = cache.get(full_key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(full_key, html, FRAGMENT_SECONDS)
        return html


@register.tag
def cached_fragment(parser, token):
    """{% cached_fragment "facets" %}…{% endcached_fragment %}: the block is cached under the
    context's `fragment_key`, and rendered afresh where the context has none (signed-in users,
    pages that do not set one). The view builds the key from everything the block shows."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("cached_fragment takes one name")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(bits[1].strip("\"'"), nodelist)


@register.simple_tag
def source_marks(sources, fact):
    """Footnote links from a date or figure to the sources a curator marked as backing it, numbered
    as the record's Sources list numbers them."""
    numbers = [number for number, page in enumerate(sources, 1) if fact in page.backs]
    if not numbers:
        return ""
    # Translators: read out for a footnote mark such as [2] pointing into the record's Sources list.
    label = gettext("Source %(number)d")
    links = format_html_join(
        "",
        '<a href="#source-{0}" aria-label="{1}">[{0}]</a>',
        ((number, label % {"number": number}) for number in numbers),
    )
    return format_html('<sup class="source-marks">{}</sup>', links)
