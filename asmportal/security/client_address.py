"""The visitor's address, as django-axes counts failed sign-ins by it."""

from django.conf import settings


def client_address(request):
    """REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address the outermost one saw.

    Only the entries our own proxies appended are believed: anything further left in
    X-Forwarded-For was written by the client and would let it pick a fresh address per guess.
    """
    hops = settings.TRUSTED_PROXY_COUNT
    if hops:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR")
