using System.Text.Json;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// Every case study, briefing and perspective says how to cite it, author-date, on the web and in print, and offers
/// the same citation as BibTeX, RIS and CSL JSON files beside the page.
/// </summary>
public sealed class CiteThisPageTests
{
    private const string BaseUrl = "https://forum.example.org/briefings/";

    private static string Case(string title = "Participatory budgeting in Porto Alegre", string config = "title: Community Energy Forum") => $$"""
        -- site.config.yml --
        {{config}}
        print:
          editions: true
        -- content/case-studies/pb.md --
        ---
        title: "{{title}}"
        date: 2026-05-14
        authors:
          - Maria Oliveira
          - { name: Claire Dubois, affiliation: Université de Lyon }
          - Tom Hughes
        ---
        Body.
        -- content/about.md --
        ---
        title: About
        ---
        About us.

        """;

    [Fact]
    public void Cite_as_lists_family_names_then_initials_with_and_before_the_last_on_the_web_and_in_print()
    {
        using var site = TestSite.With(Case());
        DiagnosticAssert.Clean(site.Build(baseUrl: BaseUrl));
        const string expected = "Oliveira, M., Dubois, C. and Hughes, T. (2026) Participatory budgeting in Porto Alegre. Community Energy Forum. "
            + "Available at: https://forum.example.org/briefings/case-studies/pb/";
        var page = site.ReadOutput("case-studies/pb/index.html");
        Assert.Contains("<h2 id=\"cite-page-heading\">Cite this page</h2>", page);
        Assert.Contains($"<p class=\"cite-text\">{expected}</p>", page);
        Assert.Contains($"<strong>Cite as:</strong> {expected}</p>", site.ReadOutput("case-studies/pb/paper/index.html"));
    }

    [Fact]
    public void The_box_links_to_the_citation_files_written_beside_the_page()
    {
        using var site = TestSite.With(Case());
        DiagnosticAssert.Clean(site.Build(baseUrl: BaseUrl));
        var page = site.ReadOutput("case-studies/pb/index.html");
        Assert.Contains("<a href=\"../../case-studies/pb/cite.bib\" download", page);
        Assert.Contains("<a href=\"../../case-studies/pb/cite.ris\" download", page);
        Assert.Contains("<a href=\"../../case-studies/pb/cite.json\" download", page);
        Assert.All(["cite.bib", "cite.ris", "cite.json"], file => Assert.True(site.OutputExists("case-studies/pb/" + file), file));
        Assert.DoesNotContain("cite.", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void A_page_that_is_not_a_case_study_briefing_or_perspective_has_no_box()
    {
        using var site = TestSite.With(Case());
        DiagnosticAssert.Clean(site.Build());
        Assert.DoesNotContain("cite-page", site.ReadOutput("about/index.html"));
        Assert.False(site.OutputExists("about/cite.bib"));
    }

    [Fact]
    public void Two_pages_claiming_one_url_are_reported_once_and_not_again_for_their_citation_files()
    {
        using var site = TestSite.With("""
            -- content/case-studies/a.md --
            ---
            title: A
            slug: same
            ---
            -- content/case-studies/b.md --
            ---
            title: B
            slug: same
            ---

            """);
        DiagnosticAssert.Single(site.Build(), DiagnosticCodes.DuplicateOutputPath);
    }

    [Fact]
    public void A_file_of_the_content_cannot_take_the_place_of_a_pages_citation_file()
    {
        using var site = TestSite.With(Case().Replace("-- content/case-studies/pb.md --", "-- content/case-studies/pb/cite.bib --\n@misc{x}\n-- content/case-studies/pb.md --"));
        var result = site.Build(baseUrl: BaseUrl);
        var error = DiagnosticAssert.Single(result, DiagnosticCodes.ReservedOutputPath);
        Assert.Contains("content/case-studies/pb/cite.bib", error.ToString());
    }

    [Fact]
    public void Serve_rewrites_the_citation_files_of_an_edited_page_and_removes_those_of_a_deleted_one()
    {
        using var site = TestSite.With(Case() + """
            -- content/case-studies/other.md --
            ---
            title: Another case
            date: 2026-05-15
            ---
            Body.

            """);
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false, BaseUrl = BaseUrl });
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("{Participatory budgeting in Porto Alegre}", site.ReadOutput("case-studies/pb/cite.bib"));

        site.WriteFile("content/case-studies/pb.md", File.ReadAllText(Path.Combine(site.Root, "content/case-studies/pb.md")).Replace("in Porto Alegre", "in Recife"));
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("{Participatory budgeting in Recife}", site.ReadOutput("case-studies/pb/cite.bib"));
        Assert.Contains("Participatory budgeting in Recife", site.ReadOutput("case-studies/pb/cite.ris"));
        Assert.DoesNotContain("case-studies/other/cite.bib", builder.LastWritten);

        File.Delete(Path.Combine(site.Root, "content/case-studies/other.md"));
        Assert.True(builder.Build().Succeeded);
        Assert.False(site.OutputExists("case-studies/other/cite.json"));
        Assert.True(site.OutputExists("case-studies/pb/cite.json"));
    }

    [Fact]
    public void A_title_ending_in_a_question_mark_gets_no_second_stop()
    {
        using var site = TestSite.With(Case(title: "What is PB?"));
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("(2026) What is PB? Community Energy Forum.</p>", site.ReadOutput("case-studies/pb/index.html"));
    }

    [Fact]
    public void Without_a_base_url_there_is_no_address_but_the_files_are_still_written()
    {
        using var site = TestSite.With(Case());
        DiagnosticAssert.Clean(site.Build());
        var page = site.ReadOutput("case-studies/pb/index.html");
        Assert.Contains("<p class=\"cite-text\">Oliveira, M., Dubois, C. and Hughes, T. (2026) Participatory budgeting in Porto Alegre. Community Energy Forum.</p>", page);
        Assert.DoesNotContain("Available at", page);
        Assert.DoesNotContain("UR  -", site.ReadOutput("case-studies/pb/cite.ris"));
        Assert.DoesNotContain("url =", site.ReadOutput("case-studies/pb/cite.bib"));
        using var json = JsonDocument.Parse(site.ReadOutput("case-studies/pb/cite.json"));
        Assert.False(json.RootElement[0].TryGetProperty("URL", out _));
    }

    [Fact]
    public void A_page_without_authors_is_cited_under_the_organisation()
    {
        using var site = TestSite.With("""
            -- site.config.yml --
            title: Community Energy Forum
            organisation: Forum Trust
            -- content/briefings/b.md --
            ---
            title: Briefing
            ---
            Body.

            """);
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<p class=\"cite-text\">Forum Trust (n.d.) Briefing. Community Energy Forum.</p>", site.ReadOutput("briefings/b/index.html"));
    }

    [Fact]
    public void A_welsh_site_cites_in_welsh()
    {
        using var site = TestSite.With(Case(config: "title: Fforwm Ynni Cymunedol\nlanguage: cy"));
        DiagnosticAssert.Clean(site.Build(baseUrl: BaseUrl));
        var page = System.Net.WebUtility.HtmlDecode(site.ReadOutput("case-studies/pb/index.html"));
        Assert.Contains(">Dyfynnu'r dudalen hon</h2>", page);
        Assert.Contains("Oliveira, M., Dubois, C. a Hughes, T. (2026) Participatory budgeting in Porto Alegre. Fforwm Ynni Cymunedol. Ar gael yn: https://", page);
        Assert.Contains("Lawrlwythwch y cyfeiriad:", page);
    }

    [Fact]
    public void The_csl_json_is_an_array_of_one_web_page_with_the_authors_date_and_address()
    {
        using var site = TestSite.With(Case());
        DiagnosticAssert.Clean(site.Build(baseUrl: BaseUrl));
        using var json = JsonDocument.Parse(site.ReadOutput("case-studies/pb/cite.json"));
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("pb", item.GetProperty("id").GetString());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal("Participatory budgeting in Porto Alegre", item.GetProperty("title").GetString());
        Assert.Equal(["Oliveira/Maria", "Dubois/Claire", "Hughes/Tom"],
            item.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("family").GetString() + "/" + a.GetProperty("given").GetString()));
        Assert.Equal("[[2026,5,14]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("Community Energy Forum", item.GetProperty("container-title").GetString());
        Assert.Equal(BaseUrl + "case-studies/pb/", item.GetProperty("URL").GetString());
    }

    [Fact]
    public void The_csl_json_reads_back_as_a_reference_of_the_site_without_a_warning()
    {
        using var first = TestSite.With(Case());
        DiagnosticAssert.Clean(first.Build(baseUrl: BaseUrl));
        using var second = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nSee @pb.\n");
        second.WriteFile("content/data/references.json", first.ReadOutput("case-studies/pb/cite.json"));
        DiagnosticAssert.Clean(second.Build());
        Assert.Contains("Oliveira et al. (2026)", second.ReadOutput("a/index.html"));
    }

    [Fact]
    public void The_ris_record_has_one_tag_a_line_and_ends_with_er()
    {
        using var site = TestSite.With(Case());
        DiagnosticAssert.Clean(site.Build(baseUrl: BaseUrl));
        var lines = site.ReadOutput("case-studies/pb/cite.ris").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("TY  - ELEC", lines[0]);
        Assert.Equal(["AU  - Oliveira, Maria", "AU  - Dubois, Claire", "AU  - Hughes, Tom"], lines.Where(l => l.StartsWith("AU", StringComparison.Ordinal)));
        Assert.Contains("PY  - 2026", lines);
        Assert.Contains("DA  - 2026/05/14/", lines);
        Assert.Contains("TI  - Participatory budgeting in Porto Alegre", lines);
        Assert.Contains("UR  - " + BaseUrl + "case-studies/pb/", lines);
        Assert.Equal("ER  - ", lines[^1]);
        Assert.All(lines, line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
    }

    [Fact]
    public void The_bibtex_entry_escapes_what_latex_would_read_and_reads_back_as_written()
    {
        const string title = "Rates & 50% of $5: #1 for A_B";
        using var first = TestSite.With(Case(title: title));
        DiagnosticAssert.Clean(first.Build(baseUrl: BaseUrl));
        var bib = first.ReadOutput("case-studies/pb/cite.bib");
        Assert.StartsWith("@misc{pb,\n", bib);
        Assert.Contains(@"title = {{Rates \& 50\% of \$5: \#1 for A\_B}},", bib);
        Assert.Contains("author = {Oliveira, Maria and Dubois, Claire and Hughes, Tom},", bib);
        Assert.Contains("year = {2026},", bib);
        Assert.Contains("url = {" + BaseUrl + "case-studies/pb/}", bib);

        using var second = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nSee @pb.\n");
        second.WriteFile("content/data/references.bib", bib);
        DiagnosticAssert.Clean(second.Build());
        Assert.Contains(title, System.Net.WebUtility.HtmlDecode(second.ReadOutput("bibliography/index.html")));
    }

    [Fact]
    public void The_bibtex_file_reads_back_through_the_sites_own_bibtex_reader_with_the_same_title_and_names()
    {
        const string title = @"R&D: 50% of $5 {sic} for #1_A, \o/ ^~ — São Paulo, Zürich";
        using var site = TestSite.With("""
            -- content/case-studies/pb.md --
            ---
            title: 'R&D: 50% of $5 {sic} for #1_A, \o/ ^~ — São Paulo, Zürich'
            date: 2026-05-14
            authors:
              - { name: Ana de Souza, family: de Souza }
              - Zoë Ñúñez-Ólafsdóttir
              - { name: "Lab {A} & Co_#2 100%", family: "Lab {A} & Co_#2 100%" }
            ---
            Body.
            """);
        DiagnosticAssert.Clean(site.Build(baseUrl: BaseUrl));

        var (references, diagnostics) = BriefingGen.Tests.References.BibtexSupport.Read(site.ReadOutput("case-studies/pb/cite.bib"));
        Assert.Empty(diagnostics);
        var read = Assert.Single(references.Values);
        Assert.Equal(title, read.Title);
        Assert.Equal(["de Souza, A.", "Ñúñez-Ólafsdóttir, Z.", "Lab {A} & Co_#2 100%"], read.Authors.Select(n => n.Inverted));
        Assert.Equal(["de Souza", "Ñúñez-Ólafsdóttir", "Lab {A} & Co_#2 100%"], read.Authors.Select(n => n.Short));
        Assert.Equal(["Ana", "Zoë", null], read.Authors.Select(n => n.Given));
    }
}
