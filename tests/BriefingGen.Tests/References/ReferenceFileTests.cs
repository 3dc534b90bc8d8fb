using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.References;

/// <summary>A site's references in BibTeX and CSL JSON, beside CSL YAML: cited, listed and checked alike.</summary>
public sealed class ReferenceFileTests
{
    private const string Bib = """
        -- content/data/references.bib --
        @article{santos_participatory_1998,
        	title = {Participatory {Budgeting} in {Porto} {Alegre}: {Toward} a {Redistributive} {Democracy}},
        	volume = {26},
        	number = {4},
        	journal = {Politics \& Society},
        	author = {Santos, Boaventura de Sousa},
        	year = {1998},
        	pages = {461--510},
        }

        """;

    // As Zotero writes CSL JSON: tab-indented, every CSL variable it knows.
    private const string Json = """
        -- content/data/references.json --
        [
        	{
        		"id": "vangogh1888",
        		"citation-key": "vangogh1888",
        		"type": "letter",
        		"title": "Letter to Theo van Gogh",
        		"author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}],
        		"translator": [{"family": "Jansen", "given": "Leo"}],
        		"issued": {"date-parts": [["1888", 9, 9]]},
        		"accessed": {"date-parts": [[2024, 3, 3]]},
        		"URL": "https://vangoghletters.org/vg/letters/let677/letter.html",
        		"language": "en",
        		"ISBN": "978-0-500-23865-6",
        		"abstract": "On the night caf\u00e9.",
        		"keyword": "art, letters",
        		"number-of-pages": "4",
        		"medium": "Letter",
        		"publisher-place": "Arles",
        		"source": "Van Gogh Museum"
        	},
        	{
        		"id": "pbp2023",
        		"type": "webpage",
        		"title": "What is PB?",
        		"author": [{"literal": "Participatory Budgeting Project"}],
        		"issued": {"date-parts": [[2023]]},
        		"accessed": {"date-parts": [[2024, 3, 3]]},
        		"URL": "https://www.participatorybudgeting.org/what-is-pb/"
        	}
        ]

        """;

    private const string Page = """
        -- content/briefings/pb.md --
        ---
        title: Participatory budgeting
        ---
        As @santos_participatory_1998 [p. 470] found, budgets were shared [@pbp2023]; @vangogh1888 wrote from Arles.

        """;

    private const string SantosPage = """
        -- content/briefings/pb.md --
        ---
        title: Participatory budgeting
        ---
        As @santos_participatory_1998 [p. 470] found.

        """;

    [Fact]
    public void Site_citing_a_bib_and_a_json_reference_builds_clean_and_lists_them()
    {
        using var site = TestSite.With(Bib + Json + Page);
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        var page = site.ReadOutput("briefings/pb/index.html");
        Assert.Contains(">Santos (1998, p. 470)</a> found", page);
        Assert.Contains(">van Gogh (1888)</a> wrote", page);
        Assert.Contains(">Participatory Budgeting Project, 2023</a>", page);
        var bibliography = site.ReadOutput("bibliography/index.html");
        Assert.Contains("Santos, B. de S. (1998) ‘Participatory Budgeting in Porto Alegre: Toward a Redistributive Democracy’, " +
                        "<em>Politics &amp; Society</em>, 26(4), pp. 461–510.", bibliography);
        Assert.Contains("van Gogh, V. (1888) <em>Letter to Theo van Gogh</em>. Translated by L. Jansen. Arles. Available at: " +
                        "<a href=\"https://vangoghletters.org/vg/letters/let677/letter.html\">https://vangoghletters.org/vg/letters/let677/letter.html</a> " +
                        "(Accessed: 3 March 2024)", bibliography);
        Assert.Contains("Participatory Budgeting Project (2023) <em>What is PB?</em> Available at: ", bibliography);
        Assert.DoesNotContain("?.", bibliography);
    }

    [Fact]
    public void Key_used_in_yml_and_bib_is_the_duplicate_id_error_at_the_later_file()
    {
        using var site = TestSite.With(Bib + SantosPage + """
            -- content/data/references.yml --
            - id: santos_participatory_1998
              title: Another work
              issued: 1998

            """);
        var result = site.Build();

        var duplicate = DiagnosticAssert.Single(result, DiagnosticCodes.DuplicateId);
        Assert.Equal("content/data/references.yml:1:3", duplicate.Span.ToString());
        Assert.Contains("content/data/references.bib:1:1", duplicate.Message);
    }

    [Fact]
    public void Bib_error_fails_the_build_at_its_line_and_column()
    {
        using var site = TestSite.With(SantosPage + """
            -- content/data/references.bib --
            @article{santos_participatory_1998,
              title = {Participatory budgeting},
              journal = ps,
              year = {1998},
            }

            """);
        var result = site.Build();

        Assert.False(result.Succeeded);
        DiagnosticAssert.At(result, DiagnosticCodes.BibtexSyntax, "content/data/references.bib", 3, 13);
    }

    [Fact]
    public void Json_errors_are_located_in_the_json_file()
    {
        using var site = TestSite.With(SantosPage + """
            -- content/data/references.json --
            [
              {"id": "santos_participatory_1998", "title": "Participatory budgeting", "issued": "soon",
               "colour": "blue"}
            ]

            """);
        var result = site.Build();

        DiagnosticAssert.At(result, DiagnosticCodes.InvalidValue, "content/data/references.json", 2, 85);
        DiagnosticAssert.At(result, DiagnosticCodes.UnknownKey, "content/data/references.json", 3, 4);
    }

    [Fact]
    public void Every_csl_variable_is_accepted_and_an_unknown_key_still_warns()
    {
        var variables = string.Join("", BriefingGen.Model.Data.CslVariables.All
            .Where(v => v is not ("id" or "title" or "author" or "translator" or "issued" or "accessed" or "type"))
            .Select(v => $"  {v}: x\n"));
        using var site = TestSite.With(SantosPage + $"""
            -- content/data/references.yml --
            - id: santos_participatory_1998
              type: book
              title: Participatory budgeting
              author:
                - family: Santos
                  given: Boaventura de Sousa
                  dropping-particle: x
                  non-dropping-particle: x
                  suffix: x
                  comma-suffix: x
                  static-ordering: x
                  parse-names: x
              translator:
                - family: Jansen
              issued: 1998-12
              accessed: {"{"}raw: 2024-03-03{"}"}
            {variables}  colour: blue

            """);
        var result = site.Build();

        var unknown = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKey, unknown.Code);
        Assert.Contains("'colour'", unknown.Message);
    }

    [Fact]
    public void Pandoc_csl_yaml_with_a_date_range_particles_and_a_translator_is_read_and_shown_as_author_date_shows_it()
    {
        using var site = TestSite.With("""
            -- content/data/references.yml --
            references:
            - id: tocqueville2003
              type: book
              author:
                - family: Tocqueville
                  given: Alexis
                  dropping-particle: de
              translator:
                - family: Bevan
                  given: Gerald E.
              issued: 1835/1840
              title: Democracy in America
              publisher: Penguin
              publisher-place: London
              language: en-GB
              ISBN: 978-0-14-044760-6
            -- content/a.md --
            ---
            title: A
            ---
            As @tocqueville2003 [12] saw.

            """);
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains(">Tocqueville (1835, p. 12)</a> saw", site.ReadOutput("a/index.html"));
        Assert.Contains("Tocqueville, A. de (1835) <em>Democracy in America</em>. Translated by G.E. Bevan. London: Penguin.",
            site.ReadOutput("bibliography/index.html"));
    }

    [Fact]
    public void A_biblatex_translator_is_shown_too()
    {
        using var site = TestSite.With("""
            -- content/data/references.bib --
            @book{camus1942,
              author = {Camus, Albert},
              translator = {Laredo, Joseph},
              title = {The Outsider},
              date = {1942},
              location = {London},
              publisher = {Penguin},
              edition = {Rev. ed.},
            }
            -- content/a.md --
            ---
            title: A
            ---
            See [@camus1942, 3-4].

            """);
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains(">Camus, 1942, pp. 3–4</a>", site.ReadOutput("a/index.html"));
        Assert.Contains("<em>The Outsider</em>. Translated by J. Laredo. Rev. ed. London: Penguin.", site.ReadOutput("bibliography/index.html"));
    }

    [Fact]
    public void Bib_file_not_named_for_references_is_refused()
    {
        using var site = TestSite.With("-- content/data/library.bib --\n@book{b, title = {B}}\n");
        var result = site.Build();

        DiagnosticAssert.At(result, DiagnosticCodes.BibtexSyntax, "content/data/library.bib", 1, 1);
    }
}
