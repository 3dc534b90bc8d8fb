using System.Text.Json.Nodes;
using BriefingGen.Yaml;

namespace BriefingGen.Schemas;

/// <summary>Makes a JSON Schema (draft 2020-12) from the keys a reader knows, so that an editor's checks match the build's.</summary>
public static class JsonSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>A whole schema document for a mapping of <paramref name="shape"/>.</summary>
    public static JsonObject ForMap(MapShape shape, string title)
    {
        var schema = new JsonObject { ["$schema"] = Draft, ["title"] = title };
        foreach (var (key, value) in Object(shape))
        {
            schema[key] = value?.DeepClone();
        }

        return schema;
    }

    /// <summary>A whole schema document for a file holding a list of mappings of <paramref name="shape"/>.</summary>
    public static JsonObject ForList(MapShape shape, string title) => new()
    {
        ["$schema"] = Draft,
        ["title"] = title,
        ["description"] = shape.Description,
        ["type"] = "array",
        ["items"] = Object(shape),
    };

    // additionalProperties false: a key the reader does not know is a warning in the build, so the editor flags it too.
    private static JsonObject Object(MapShape shape)
    {
        var properties = new JsonObject();
        foreach (var key in shape.Keys)
        {
            properties[key.Name] = Value(key);
        }

        var schema = new JsonObject
        {
            ["description"] = shape.Description,
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = shape.TakesDeclaredKeys ? new JsonObject { ["type"] = "string" } : false,
        };
        var required = shape.Keys.Where(k => k.Required).Select(k => (JsonNode?)k.Name).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }

        return schema;
    }

    private static JsonObject Value(KeyDefinition key)
    {
        var schema = key.Kind switch
        {
            ValueKind.Text => Scalar(key),
            ValueKind.TextList => new JsonObject { ["anyOf"] = new JsonArray(Scalar(key), new JsonObject { ["type"] = "array", ["items"] = Scalar(key) }) },
            ValueKind.Boolean => new JsonObject { ["type"] = "boolean" },
            ValueKind.Integer => new JsonObject { ["type"] = "integer" },
            ValueKind.NumberList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("number", "null") } },
            ValueKind.Date => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" },
            // An unquoted year is a number to YAML.
            ValueKind.WrittenDate => new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 9999 },
                    new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}(-\d{2}(-\d{2}([T ].*)?)?)?$" }),
            },
            ValueKind.Map => Object(EntriesOf(key)),
            ValueKind.MapList => new JsonObject { ["type"] = "array", ["items"] = Object(EntriesOf(key)) },
            ValueKind.TextOrMapList => new JsonObject
            {
                ["anyOf"] = new JsonArray(TextOrMap(key), new JsonObject { ["type"] = "array", ["items"] = TextOrMap(key) }),
            },
            _ => throw new InvalidOperationException($"no schema for {key.Kind}"),
        };
        // The key's own description comes first, as editors show the first one they find.
        var described = new JsonObject { ["description"] = key.Description };
        foreach (var (name, value) in schema)
        {
            if (name != "description")
            {
                described[name] = value?.DeepClone();
            }
        }

        return described;
    }

    // A reader's text takes any scalar: YAML's 2013 or true is read as the text "2013" or "true".
    private static JsonObject Scalar(KeyDefinition key) => key.Allowed.Count > 0
        ? new JsonObject { ["enum"] = new JsonArray(key.Allowed.Select(a => (JsonNode?)a).ToArray()) }
        : new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") };

    private static JsonObject TextOrMap(KeyDefinition key) =>
        new() { ["anyOf"] = new JsonArray(Scalar(key), Object(EntriesOf(key))) };

    private static MapShape EntriesOf(KeyDefinition key) =>
        key.Entries ?? throw new InvalidOperationException($"'{key.Name}' is a mapping without defined entries");
}
