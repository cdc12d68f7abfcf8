"""What a staff member does in the admin: open a page, fill in a change form, run a bulk action, import a file."""

import csv
import io
from pathlib import Path

import openpyxl
from django import forms
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.fields.files import FieldFile
from django.urls import reverse

EXAMPLES = Path(settings.BASE_DIR) / "examples" / "import"


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


# --- Change forms: the POST data an admin change form would send, from the form Django rendered ---


def _put(data, name, value, widget):
    if value is None:
        return
    if isinstance(widget, forms.MultiWidget):
        for index, part in enumerate(widget.decompress(value)):
            _put(data, f"{name}_{index}", part, widget.widgets[index])
    elif isinstance(widget, forms.CheckboxInput):
        if value:
            data[name] = "on"
    elif isinstance(value, list | tuple):
        data[name] = [str(v.pk if hasattr(v, "pk") else v) for v in value]
    elif isinstance(value, FieldFile):  # a stored file (or none): the form keeps it when nothing is uploaded
        return
    else:
        data[name] = value


def form_data(response):
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        bound = form[name]
        _put(data, bound.html_name, bound.value(), bound.field.widget)
    for inline in response.context.get("inline_admin_formsets", []):  # a past version's page has none
        formset = inline.formset
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = value
        for sub in formset.forms:
            for name in sub.fields:
                bound = sub[name]
                _put(data, bound.html_name, bound.value(), bound.field.widget)
    return data


# --- Bulk actions ---------------------------------------------------------------------------------


def bulk(client, model, action, objects):
    return client.post(
        admin_url(model, "changelist"),
        {"action": action, "_selected_action": [o.pk for o in objects]},
        follow=True,
    )


# --- Import: upload (the preview), then confirm ---------------------------------------------------


def to_xlsx(csv_text):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in csv.reader(io.StringIO(csv_text)):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(client, model, name, content):
    """Step 1 of the admin import: upload; the answer is the preview (a dry run)."""
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_import")
    form = client.get(url).context["form"]
    extension = name.rsplit(".", 1)[1]
    format_index = next(value for value, label in form.fields["format"].choices if label.lower() == extension)
    return client.post(url, {"format": format_index, "import_file": SimpleUploadedFile(name, content)})


def confirm(client, model, preview):
    opts = model._meta
    data = preview.context["confirm_form"].initial
    return client.post(reverse(f"admin:{opts.app_label}_{opts.model_name}_process_import"), data, follow=True)
