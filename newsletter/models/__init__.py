from .digests import Digest, DigestItem, DigestQuerySet
from .subscriptions import Delivery, NewsletterSend, Subscription, SubscriptionQuerySet

__all__ = [
    "Delivery",
    "Digest",
    "DigestItem",
    "DigestQuerySet",
    "NewsletterSend",
    "Subscription",
    "SubscriptionQuerySet",
]
