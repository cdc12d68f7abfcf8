"""How often one visitor may do something that costs others (subscribing, suggesting): a count per
key in the cache, for a fixed window. Keys are hashed with the secret key, so neither an address
nor an email address is ever stored as it is."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def _key(scope, value):
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{scope}:{value}".encode(), hashlib.sha256).hexdigest()
    return f"throttle:{scope}:{digest[:32]}"


class Throttle:
    def __init__(self, scope, limit, window):
        self.scope, self.limit, self.window = scope, limit, window  # window in seconds

    def allow(self, value):
        """Count one more use by `value` and say whether it is within the limit."""
        if not value:
            return True
        key = _key(self.scope, str(value).strip().lower())
        if cache.add(key, 1, self.window):
            return True
        try:
            used = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, self.window)
            return True
        return used <= self.limit
