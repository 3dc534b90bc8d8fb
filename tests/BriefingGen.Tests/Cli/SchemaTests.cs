using System.Text.Json;
using BriefingGen.Schemas;
using BriefingGen.Scaffolding;
using BriefingGen.Tests.Support;
using Json.Schema;

namespace BriefingGen.Tests.Cli;

/// <summary>The schemas an editor's YAML extension uses accept the bundled site and flag what the build would flag.</summary>
public sealed class SchemaTests
{
    // Built once: the validator registers each schema by its address.
    private static readonly Dictionary<string, Json.Schema.JsonSchema> Schemas = SchemaFiles.All().ToDictionary(
        s => s.FileName,
        s => Json.Schema.JsonSchema.FromText(SchemaFiles.Text(s.Schema), baseUri: new Uri("https://briefinggen.test/" + s.FileName)));

    [Fact]
    public void The_bundled_config_is_valid()
    {
        AssertValid("site.config.schema.json", File.ReadAllText(Repository.Path("site.config.yml")), "site.config.yml");
    }

    [Fact]
    public void The_front_matter_of_every_bundled_page_is_valid()
    {
        var pages = Directory.EnumerateFiles(Repository.Path("content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            AssertValid(SchemaFiles.FrontMatter, YamlJson.FrontMatterOf(File.ReadAllText(page)), page);
        }
    }

    [Fact]
    public void Every_bundled_data_file_of_a_described_kind_is_valid()
    {
        var checkedFiles = 0;
        foreach (var kind in BriefingGen.Model.Items.DataKinds.All.Where(k => k.HasFile && k.Keys is not null))
        {
            var file = Repository.Path("content", "data", kind.Name + ".yml");
            if (File.Exists(file))
            {
                AssertValid(SchemaFiles.ForKind(kind), File.ReadAllText(file), file);
                checkedFiles++;
            }
        }

        Assert.True(checkedFiles >= 4, $"only {checkedFiles} bundled data files checked");
    }

    [Theory]
    [InlineData("- { id: a, title: A, colour: blue }\n", false)]
    [InlineData("- { id: a, title: A, description: D }\n", true)]
    [InlineData("- { title: A }\n", false)]
    public void The_themes_schema_rejects_a_key_the_reader_does_not_know(string themes, bool valid)
    {
        Assert.Equal(valid, Evaluate("themes.schema.json", themes).IsValid);
    }

    [Fact]
    public void A_key_the_schema_rejects_is_one_the_build_warns_about()
    {
        using var site = TestSite.With("-- content/data/themes.yml --\n- { id: a, title: A, colour: blue }\n-- content/a.md --\n---\ntitle: A\nthemes: [a]\n---\n");
        var unknown = site.Build(write: false).Diagnostics.Where(d => d.Code == BriefingGen.Diagnostics.DiagnosticCodes.UnknownKey).ToList();
        Assert.Equal("unknown key 'colour' in a theme", Assert.Single(unknown).Message);
    }

    [Theory]
    [InlineData("title: A\ncolour: blue\n", false)]
    [InlineData("title: A\nplacements:\n  - { grid: g, cell: a/b, reason: R, judgment: editors }\n", false)]
    [InlineData("title: A\nplacements:\n  - { grid: g, cell: a/b, reason: R, judgement: mine }\n", false)]
    [InlineData("summary: no title\n", false)]
    [InlineData("title: A\nplacements:\n  - { grid: g, cell: a/b, reason: R, judgement: editors }\nweight: 3\ndraft: true\nauthors: One\n", true)]
    [InlineData("title: A\nauthors:\n  - Maria Oliveira\n  - { name: Claire Dubois, affiliation: Lyon, url: https://example.org, orcid: 0000-0002-1825-0097 }\n", true)]
    [InlineData("title: A\nauthors: { name: Claire Dubois, family: Dubois }\n", true)]
    [InlineData("title: A\nauthors: [{ name: Claire Dubois, affilation: Lyon }]\n", false)]
    [InlineData("title: A\nauthors: [[Maria Oliveira]]\n", false)]
    public void The_front_matter_schema_rejects_what_the_reader_does_not_know(string frontMatter, bool valid)
    {
        Assert.Equal(valid, Evaluate(SchemaFiles.FrontMatter, frontMatter).IsValid);
    }

    [Theory]
    [InlineData("title: T\nprint: { paper: A4 }\n", true)]
    [InlineData("title: T\nprint: { paper: A5 }\n", false)]
    [InlineData("title: T\nlimits: { max_file_bytez: 10 }\n", false)]
    [InlineData("titel: T\n", false)]
    public void The_config_schema_accepts_known_keys_and_rejects_unknown_ones(string config, bool valid)
    {
        Assert.Equal(valid, Evaluate("site.config.schema.json", config).IsValid);
    }

    [Fact]
    public void Every_key_carries_a_description()
    {
        foreach (var (fileName, _, schema) in SchemaFiles.All())
        {
            var text = SchemaFiles.Text(schema);
            using var document = JsonDocument.Parse(text);
            AssertDescribed(document.RootElement, fileName);
        }
    }

    [Fact]
    public void Schema_writes_the_files_into_the_site_and_init_maps_them_for_the_editor()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bg-schema-" + Guid.NewGuid().ToString("N")[..8]);
        using var cleanup = new TemporaryFolder(folder);
        Assert.Null(SiteTemplate.Init(folder, new DateOnly(2026, 12, 7)));
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".vscode", "settings.json")));
        var mapped = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal("site.config.yml", mapped["./.schemas/site.config.schema.json"].GetString());
        Assert.Contains("content/data/terms.yml", mapped["./.schemas/terms.schema.json"].EnumerateArray().Select(g => g.GetString()));
        foreach (var schema in mapped.Keys)
        {
            Assert.True(File.Exists(Path.Combine(folder, schema)), schema);
        }

        var (exit, stdout, _) = CommandLineTests.Run("schema", "--source", folder);
        Assert.Equal(0, exit);
        Assert.Contains(SchemaFiles.FrontMatter, stdout);
        Assert.True(File.Exists(Path.Combine(folder, ".schemas", SchemaFiles.FrontMatter)));
    }

    private static void AssertDescribed(JsonElement schema, string where)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                Assert.True(property.Value.TryGetProperty("description", out _), $"{where}: '{property.Name}' has no description");
                AssertDescribed(property.Value, where + "/" + property.Name);
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            AssertDescribed(items, where);
        }
    }

    private static void AssertValid(string schema, string yaml, string file)
    {
        var result = Evaluate(schema, yaml);
        var problems = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"{file}:\n{string.Join("\n", problems)}");
    }

    private static EvaluationResults Evaluate(string schema, string yaml) =>
        Schemas[schema].Evaluate(YamlJson.Convert(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
}
