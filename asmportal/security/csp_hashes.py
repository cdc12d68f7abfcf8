"""The few inline attributes that third-party templates carry, allowed by hash.

A CSP without 'unsafe-inline' refuses every style="" and on...="" attribute; these come from
packages whose templates we do not own. Each is allowed by the hash of its exact text (CSP's
'unsafe-hashes'), so any other attribute, or any change to these, is still refused, and the
browser tests report it.
"""

import base64
import hashlib

THIRD_PARTY_STYLE_ATTRIBUTES = (
    "padding: 0;",  # import_export/templates/admin/import_export/export.html
    "font-weight: bold;",  # the same form's "Select all" label
    "border-top: 0",  # simple_history/templates/simple_history/object_history_list.html
    "float: right; margin-right: 10px",  # rest_framework/base.html: the browsable API's Filters button
)
THIRD_PARTY_SCRIPT_ATTRIBUTES = (
    "onSelectToggleChange(event)",  # import_export's export form: "Select all" fields
)


def csp_hash(text):
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


ALLOWED_STYLE_ATTRIBUTE_HASHES = [csp_hash(text) for text in THIRD_PARTY_STYLE_ATTRIBUTES]
ALLOWED_SCRIPT_ATTRIBUTE_HASHES = [csp_hash(text) for text in THIRD_PARTY_SCRIPT_ATTRIBUTES]
