import datetime

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from events.models import Event
from interventions.models import Intervention
from publications.models import Publication

from .profiles import area_entry_points
from .world_map import WorldMap


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        # What the home page puts forward is about ASM; records marked "Outside ASM" stay in the listings.
        events = Event.objects.published().about_asm().select_related("country")
        interventions = Intervention.objects.published().about_asm().order_by("title")
        return super().get_context_data(
            counts={
                "interventions": Intervention.objects.published().count(),
                "publications": Publication.objects.published().count(),
                "events": Event.objects.published().count(),
            },
            latest_publications=Publication.objects.published()
            .about_asm()
            .prefetch_related("organisation_roles__organisation")[:6],
            upcoming_events=events.upcoming().order_by("start")[:4],
            recent_events=events.past().order_by("-start")[:6],
            featured_interventions=interventions.filter(featured=True).prefetch_related("countries")[:6],
            other_interventions=interventions.filter(featured=False)[:20],
            areas=area_entry_points(),
            world_map=WorldMap(self.request.GET.get("map", "interventions")),
            **kwargs,
        )


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        # A custom ADMIN_PATH is kept out of sight; the default one is no secret.
        *(["Disallow: /admin/"] if settings.ADMIN_PATH == "admin/" else []),
        "Disallow: /newsletter/",
        "Disallow: /*/export.csv",
        "Disallow: /*/export.json",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# RFC 9116 wants an expiry no more than a year ahead, so the file is written afresh each day.
SECURITY_TXT_LIFETIME = datetime.timedelta(days=180)


@require_GET
@cache_control(max_age=86400, public=True)
def security_txt(request):
    if not settings.SECURITY_CONTACTS:
        raise Http404("No security contact is configured.")
    expires = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0) + SECURITY_TXT_LIFETIME
    lines = [
        *(f"Contact: {contact}" for contact in settings.SECURITY_CONTACTS),
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: en, fr",
        f"Canonical: {request.build_absolute_uri(reverse('security-txt'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    # Browsers ask for /favicon.ico on pages that name no icon (the admin, the email preview).
    return HttpResponsePermanentRedirect(static("favicon.svg"))


def benchmark_floor(request):
    """The least a Django view can do; `make bench` compares every page with it."""
    return HttpResponse(b"ok", content_type="text/plain")
