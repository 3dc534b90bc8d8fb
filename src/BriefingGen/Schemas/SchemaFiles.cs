using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingGen.Config;
using BriefingGen.Model.Items;
using BriefingGen.Parsing;

namespace BriefingGen.Schemas;

/// <summary>The JSON Schemas BriefingGen writes for editors, each with the files it describes, and writing them into a folder.</summary>
public static class SchemaFiles
{
    /// <summary>Where <c>schema</c> writes by default, and where <c>init</c>'s editor settings look: inside the site folder.</summary>
    public const string DefaultFolder = ".schemas";

    public const string FrontMatter = "front-matter.schema.json";

    /// <summary>The file name of a data kind's schema.</summary>
    public static string ForKind(DataKind kind) => kind.Name + ".schema.json";

    /// <summary>Every schema: its file name, the globs (from the site folder) of the files it describes, and the schema.</summary>
    public static IReadOnlyList<(string FileName, IReadOnlyList<string> Globs, JsonObject Schema)> All()
    {
        var all = new List<(string, IReadOnlyList<string>, JsonObject)>
        {
            ("site.config.schema.json", [ConfigLoader.FileName], JsonSchema.ForMap(ConfigKeys.Site, "BriefingGen site.config.yml")),
            (FrontMatter, ["content/**/*.md"], JsonSchema.ForMap(FrontMatterKeys.Page, "BriefingGen front matter")),
        };
        // A kind's data may be one file or a folder of files (data/grids.yml, data/grids/*.yml).
        foreach (var kind in DataKinds.All.Where(k => k.HasFile && k.Keys is not null))
        {
            all.Add((ForKind(kind), [$"content/data/{kind.Name}.yml", $"content/data/{kind.Name}/**/*.yml"],
                JsonSchema.ForList(kind.Keys!, $"BriefingGen {kind.Name} data")));
        }

        return all;
    }

    /// <summary>Writes every schema into <paramref name="folder"/>; returns the paths written, in order.</summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (fileName, _, schema) in All())
        {
            var path = Path.Combine(folder, fileName);
            File.WriteAllText(path, Text(schema));
            written.Add(path);
        }

        return written;
    }

    /// <summary>A schema as written: indented, LF line endings, a final newline, so that it diffs well.</summary>
    public static string Text(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n") + "\n";

    /// <summary>The VS Code settings that map each YAML schema to its files for the Red Hat YAML extension (front matter is not YAML to it).</summary>
    public static string VsCodeSettings(string folder = DefaultFolder)
    {
        var schemas = new JsonObject();
        foreach (var (fileName, globs, _) in All().Where(s => !s.Globs.Any(g => g.EndsWith(".md", StringComparison.Ordinal))))
        {
            schemas[$"./{folder}/{fileName}"] = globs.Count == 1 ? globs[0] : new JsonArray(globs.Select(g => (JsonNode?)g).ToArray());
        }

        return Text(new JsonObject { ["yaml.schemas"] = schemas });
    }
}
