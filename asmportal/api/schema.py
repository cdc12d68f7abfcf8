"""Make the OpenAPI document true under a strict OpenAPI 3.0 reading.

drf-spectacular writes two shapes that 3.0 validators read differently from what is meant:
- a nullable reference, `{"allOf": [{"$ref": …}], "nullable": true}`: 3.0 ignores `nullable` without
  a `type` beside it, and `allOf` then refuses null (an online event's `country`);
- a URL that may be blank, `{"oneOf": [uri, {"maxLength": 0}]}`: a validator that does not check the
  `uri` format finds "" valid under both, which `oneOf` forbids.
"""

NULL = {"type": "object", "nullable": True, "enum": [None]}


def strict_openapi_30(result, generator, request, public):
    return _rewrite(result)


def _rewrite(node):
    if isinstance(node, list):
        return [_rewrite(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _rewrite(value) for key, value in node.items()}
    all_of = node.get("allOf")
    if node.get("nullable") and all_of and len(all_of) == 1 and "type" not in node:
        node.pop("nullable")
        node["anyOf"] = [node.pop("allOf")[0], NULL]
    one_of = node.get("oneOf")
    if one_of and all(option.get("type") == "string" for option in one_of):
        node["anyOf"] = node.pop("oneOf")  # alternatives of one string may overlap ("" in both)
    return node
