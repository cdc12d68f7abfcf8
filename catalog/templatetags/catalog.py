import functools
import json

from django import template
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify

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
