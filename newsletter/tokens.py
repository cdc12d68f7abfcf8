"""The signed links in subscription mail. None carries the address itself: links end up in access
logs and browser histories, so they name an address by its key (a hash) and a subscription by its
number, and the signature (the secret key's) is what makes them work.

- confirm: one pending subscription; expires after SUBSCRIPTION_CONFIRM_DAYS.
- unsubscribe: one subscription, for the one-click link in every alert and newsletter.
- manage: every subscription of one address, to change, pause, download or delete them.
"""

from django.conf import settings
from django.core import signing

from .models.subscriptions import Subscription

CONFIRM, UNSUBSCRIBE, MANAGE = "newsletter.confirm", "newsletter.unsubscribe", "newsletter.manage"
KEY_PART = 24  # hex digits of the address key a subscription token carries


def _dumps(value, salt):
    return signing.dumps(value, salt=salt, compress=True)


def _loads(token, salt, max_age=None):
    try:
        return signing.loads(str(token), salt=salt, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None


def confirm_token(subscription):
    return _dumps([subscription.pk, subscription.address_key[:KEY_PART]], CONFIRM)


def unsubscribe_token(subscription):
    return _dumps([subscription.pk, subscription.address_key[:KEY_PART]], UNSUBSCRIBE)


def manage_token(address_key):
    return _dumps(address_key, MANAGE)


def _subscription(value):
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)):
        return None
    found = Subscription.objects.filter(pk=value[0]).first()
    return found if found and found.address_key[:KEY_PART] == value[1] else None


def confirming(token):
    """The pending subscription a confirmation link names, if it is still valid."""
    value = _loads(token, CONFIRM, max_age=settings.SUBSCRIPTION_CONFIRM_DAYS * 86400)
    return _subscription(value)


def unsubscribing(token):
    return _subscription(_loads(token, UNSUBSCRIBE))


def signed_unsubscribe(token):
    """Whether `token` is a genuine unsubscribe link, even if its subscription is gone already."""
    return _loads(token, UNSUBSCRIBE) is not None


def managing(token):
    """The address key a management link is for, or None."""
    value = _loads(token, MANAGE)
    return value if isinstance(value, str) and len(value) == 64 else None
