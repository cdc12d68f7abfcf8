"""Links that leave the site, marked the same way everywhere: an arrow for the eye, words for screen readers."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def external_link(url, label=None, css_class=""):
    """<a> to another site: `label` (default: the address) with "(another site)" read out but not shown."""
    classes = f"external {css_class}".strip()
    return format_html(
        '<a class="{}" href="{}" rel="noopener external">{}<span class="visually-hidden"> {}</span></a>',
        classes,
        url,
        label or url,
        # Translators: read out by screen readers after a link to another website.
        gettext("(another site)"),
    )
