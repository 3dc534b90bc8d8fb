using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Parsing;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>An author may be a name or a mapping with affiliation, web page and ORCID iD; a page shows them all.</summary>
public sealed class AuthorsTests
{
    private static string Case(string authors) => $"""
        -- content/case-studies/pb.md --
        ---
        title: Participatory budgeting in Porto Alegre
        date: 2026-05
        authors:
        {authors}
        ---
        Body.

        """;

    private const string Mixed = """
          - Maria Oliveira
          - name: Claire Dubois
            affiliation: Université de Lyon
            url: https://example.org/claire
            orcid: https://orcid.org/0000-0002-1825-0097
        """;

    [Fact]
    public void Authors_may_be_names_or_mappings_and_the_page_shows_affiliation_web_page_and_orcid()
    {
        using var site = TestSite.With(Case(Mixed));
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("case-studies/pb/index.html");
        Assert.Contains("<span class=\"author\"><a href=\"https://example.org/claire\">Claire Dubois</a> <span class=\"affiliation\">(Université de Lyon)</span> "
            + "<a class=\"orcid\" href=\"https://orcid.org/0000-0002-1825-0097\" aria-label=\"ORCID iD of Claire Dubois\">ORCID</a></span>", html);
        Assert.Contains("By Maria Oliveira, <span class=\"author\"><a href=", html);
    }

    [Fact]
    public void One_author_written_as_a_mapping_needs_no_list()
    {
        using var site = TestSite.With(Case("  name: Claire Dubois\n  affiliation: Lyon"));
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("By <span class=\"author\">Claire Dubois <span class=\"affiliation\">(Lyon)</span></span> · <time", site.ReadOutput("case-studies/pb/index.html"));
    }

    [Fact]
    public void A_malformed_orcid_is_a_warning_at_its_value_and_the_author_is_shown_without_it()
    {
        using var site = TestSite.With(Case("""  - { name: Tom Hughes, orcid: "0000-0002-1825-0098" }"""));
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.InvalidOrcid, "content/case-studies/pb.md", 5, 32);
        Assert.Equal(Severity.Warning, DiagnosticAssert.Single(result, DiagnosticCodes.InvalidOrcid).Severity);
        Assert.DoesNotContain("orcid.org", site.ReadOutput("case-studies/pb/index.html"));
    }

    [Fact]
    public void A_script_address_for_an_author_is_refused_at_its_value()
    {
        using var site = TestSite.With(Case("  - name: Tom Hughes\n    url: javascript:alert(1)"));
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.UnsafeUrl, "content/case-studies/pb.md", 6, 10);
    }

    [Fact]
    public void An_author_s_url_must_be_a_whole_web_address()
    {
        using var site = TestSite.With(Case("  - name: Tom Hughes\n    url: people/tom"));
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.InvalidValue, "content/case-studies/pb.md", 6, 10);
    }

    [Fact]
    public void An_unknown_key_in_an_author_gets_a_did_you_mean()
    {
        using var site = TestSite.With(Case("  - { name: Ann Lee, affilation: Leeds }"));
        var result = site.Build();
        var unknown = DiagnosticAssert.Single(result, DiagnosticCodes.UnknownKey);
        Assert.Equal("content/case-studies/pb.md:5:22", unknown.Span.ToString());
        Assert.Contains("did you mean 'affiliation'", unknown.Message);
    }

    [Fact]
    public void An_author_mapping_without_a_name_is_an_error()
    {
        using var site = TestSite.With(Case("  - { affiliation: Leeds }"));
        DiagnosticAssert.Single(site.Build(), DiagnosticCodes.MissingRequiredField);
    }

    [Fact]
    public void A_definition_s_authors_may_be_mappings_too()
    {
        using var site = TestSite.With("""
            -- content/data/terms.yml --
            - id: pb
              name: Participatory budgeting
              explanation: Residents decide how part of a budget is spent.
              definitions:
                - id: pb-santos
                  text: a structure and a process of community participation
                  authors: [{ name: Boaventura de Sousa Santos, affiliation: University of Coimbra }, Leonardo Avritzer]
                  year: "1998"
            -- content/a.md --
            ---
            title: A
            ---
            About [[pb]].

            """);
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("Boaventura de Sousa Santos, Leonardo Avritzer", site.ReadOutput("definitions/index.html"));
    }

    [Theory]
    [InlineData("0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("0000-0002-9079-593x", "0000-0002-9079-593X")]
    [InlineData("0000-0002-1825-0098", null)]
    [InlineData("0000-0002-1825", null)]
    [InlineData("https://example.org/0000-0002-1825-0097", null)]
    public void An_orcid_is_read_bare_or_as_its_link_and_its_check_digit_must_match(string written, string? id) =>
        Assert.Equal(id, AuthorsReader.Orcid(written));

    [Theory]
    [InlineData("Maria Oliveira", null, "Oliveira, M.")]
    [InlineData("Boaventura de Sousa Santos", null, "Santos, B. de S.")]
    [InlineData("Santos, Boaventura de Sousa", null, "Santos, B. de S.")]
    [InlineData("Vincent van Gogh", "van Gogh", "van Gogh, V.")]
    [InlineData("Mary-Jane Kelly", null, "Kelly, M.-J.")]
    [InlineData("Martin Luther King Jr.", null, "King, M.L., Jr.")]
    [InlineData("Chamberlain Forum", "Chamberlain Forum", "Chamberlain Forum")]
    [InlineData("UNESCO", null, "UNESCO")]
    public void An_author_is_listed_family_name_first_with_initials(string name, string? family, string listed) =>
        Assert.Equal(listed, Name.Of(new Author(name) { Family = family }).Inverted);
}
