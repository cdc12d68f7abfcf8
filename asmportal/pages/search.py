from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from catalog import search
from catalog.browse.filters import MAX_QUERY_LENGTH, clean_text
from events.models import Event
from interventions.models import Intervention
from publications.models import Publication

# (model, heading, browse URL name, rows shown per type)
TYPES = [
    (Intervention, _("Interventions"), "interventions:list"),
    (Publication, _("Publications"), "publications:list"),
    (Event, _("Events"), "events:list"),
]
TOP = 5


class SiteSearchView(TemplateView):
    """Every content type at once, grouped, each linking to its browse page with the query kept."""

    template_name = "search.html"

    def get_context_data(self, **kwargs):
        text = clean_text(self.request.GET.get("q", ""), MAX_QUERY_LENGTH)
        groups, suggestion = [], None
        if text:
            for model, heading, url_name in TYPES:
                matches = model.objects.published().search(text)
                top = list(matches.order_by_relevance().with_snippets()[:TOP])
                total = matches.count() if len(top) == TOP else len(top)
                browse = f"{reverse(url_name)}?{urlencode({'q': text})}"
                groups.append({"heading": heading, "total": total, "results": top, "browse_url": browse})
            if not any(g["total"] for g in groups):
                for model, *_ in TYPES:
                    candidate = search.suggest(model, text)
                    if candidate and model.objects.published().search(candidate).exists():
                        suggestion = (candidate, f"{reverse('search')}?{urlencode({'q': candidate})}")
                        break
        return super().get_context_data(
            q=text, groups=groups, total=sum(g["total"] for g in groups), suggestion=suggestion, **kwargs
        )
