using BriefingGen.Model;
using BriefingGen.Model.Data;
using BriefingGen.Model.Language;
using BriefingGen.Rendering;
using BriefingGen.Tests.Support;
using SourceSpan = BriefingGen.Diagnostics.SourceSpan;

namespace BriefingGen.Tests.Model;

/// <summary>Author-year (Harvard) citation text and reference-list entries, as the seed papers print them.</summary>
public sealed class CitationFormatterTests
{
    // An entry as a page shows it: its parts formatted here, drawn by the theme's items/bibliography-entry.html.
    private static readonly Lazy<(BriefingGen.Model.Site Site, PageRenderer Renderer)> Theme = new(() =>
    {
        var folder = TestSite.With();
        TemporaryFolder.DeleteAtExit(folder.Root);
        var (site, renderer, _) = SiteBuilder.LoadRenderer(new BuildOptions { Source = folder.Root });
        return (site, renderer);
    });

    internal static string EntryHtml(Reference reference) =>
        Theme.Value.Renderer.WithContext(Theme.Value.Site.Pages[0], context => ItemHtml.BibliographyEntry(reference, context).Value);

    private static Name Person(string family, string given) => new(family, given, null);

    private static Reference Work(
        string id = "ref",
        IReadOnlyList<Name>? authors = null,
        IReadOnlyList<Name>? editors = null,
        int? year = 2007,
        string title = "A title",
        string type = "book",
        string? container = null,
        string? volume = null,
        string? issue = null,
        string? pages = null,
        string? doi = null,
        string? url = null,
        string? publisher = null,
        string? place = null) =>
        new(id, type, authors ?? [], editors ?? [], year, null, title, container, null, publisher, place, volume, issue, pages, doi, url, null,
            new SourceSpan("content/data/references.yml", 1, 3));

    [Fact]
    public void One_author_is_cited_by_family_name()
    {
        var reference = Work(authors: [Person("Bovaird", "Tony")]);
        Assert.Equal("Bovaird", CitationFormatter.Names(reference, InterfaceText.English));
        Assert.Equal("Bovaird, 2007", CitationFormatter.Parenthetical(reference, false, "", InterfaceText.English));
    }

    [Fact]
    public void Two_authors_are_joined_with_and()
    {
        var reference = Work(authors: [Person("Needham", "Catherine"), Person("Carr", "Sarah")], year: 2009);
        Assert.Equal("Needham and Carr", CitationFormatter.Names(reference, InterfaceText.English));
        Assert.Equal("Needham and Carr, 2009", CitationFormatter.Parenthetical(reference, false, "", InterfaceText.English));
    }

    [Fact]
    public void Three_or_more_authors_are_the_first_et_al()
    {
        var reference = Work(authors: [Person("Boyle", "David"), Person("Slay", "Julia"), Person("Stephens", "Lucie")], year: 2010);
        Assert.Equal("Boyle et al.", CitationFormatter.Names(reference, InterfaceText.English));
        Assert.Equal("Boyle et al. (2010)", CitationFormatter.Narrative(reference, "", InterfaceText.English));
    }

    [Fact]
    public void Editors_stand_in_for_missing_authors()
    {
        var reference = Work(editors: [Person("Pestoff", "Victor"), Person("Brandsen", "Taco")], year: 2008);
        Assert.Equal("Pestoff and Brandsen", CitationFormatter.Names(reference, InterfaceText.English));
        Assert.StartsWith("Pestoff, V. and Brandsen, T. (eds.) (2008) ", EntryHtml(reference));
    }

    [Fact]
    public void Organisation_is_cited_by_its_literal_name()
    {
        var reference = Work(authors: [new Name(null, null, "Chamberlain Forum")], year: 2010);
        Assert.Equal("Chamberlain Forum", CitationFormatter.Names(reference, InterfaceText.English));
        Assert.Equal("Chamberlain Forum, 2010", CitationFormatter.Parenthetical(reference, false, "", InterfaceText.English));
        Assert.StartsWith("Chamberlain Forum (2010) ", EntryHtml(reference));
    }

    [Fact]
    public void Work_without_a_year_is_cited_as_no_date()
    {
        var reference = Work(authors: [Person("Horne", "Matthew")], year: null);
        Assert.Equal("n.d.", reference.CitedYear);
        Assert.Equal("Horne, n.d.", CitationFormatter.Parenthetical(reference, false, "", InterfaceText.English));
        Assert.Equal("Horne (n.d.)", CitationFormatter.Narrative(reference, "", InterfaceText.English));
        Assert.Contains("(n.d.)", EntryHtml(reference));
    }

    [Fact]
    public void Work_without_names_is_cited_by_its_title()
    {
        Assert.Equal("Anonymous pamphlet", CitationFormatter.Names(Work(title: "Anonymous pamphlet"), InterfaceText.English));
    }

    [Fact]
    public void Same_authors_in_the_same_year_get_letters_in_title_order()
    {
        var author = Person("Needham", "Catherine");
        var references = ReferencesReader.AddYearSuffixes(
        [
            Work(id: "needham-b", authors: [author], year: 2015, title: "Personalisation"),
            Work(id: "needham-a", authors: [author], year: 2015, title: "Co-production in social care"),
            Work(id: "needham-other-year", authors: [author], year: 2016, title: "Another work"),
            Work(id: "someone-else", authors: [Person("Horne", "Matthew")], year: 2015, title: "Aardvarks"),
        ]);

        var cited = references.ToDictionary(r => r.Id, r => CitationFormatter.Parenthetical(r, false, "", InterfaceText.English));
        Assert.Equal("Needham, 2015a", cited["needham-a"]);
        Assert.Equal("Needham, 2015b", cited["needham-b"]);
        Assert.Equal("Needham, 2016", cited["needham-other-year"]);
        Assert.Equal("Horne, 2015", cited["someone-else"]);
        Assert.Equal(["needham-b", "needham-a", "needham-other-year", "someone-else"], references.Select(r => r.Id));
    }

    [Fact]
    public void Year_suffix_shows_in_the_reference_list_entry_too()
    {
        var author = Person("Needham", "Catherine");
        var references = ReferencesReader.AddYearSuffixes(
        [
            Work(id: "x", authors: [author], year: 2015, title: "B title"),
            Work(id: "y", authors: [author], year: 2015, title: "A title"),
        ]);
        Assert.StartsWith("Needham, C. (2015b) ", EntryHtml(references[0]));
        Assert.StartsWith("Needham, C. (2015a) ", EntryHtml(references[1]));
    }

    [Theory]
    [InlineData(false, "", "Bovaird, 2007")]
    [InlineData(false, "p. 12", "Bovaird, 2007, p. 12")]
    [InlineData(true, "", "2007")]
    [InlineData(true, "pp. 846-860", "2007, pp. 846-860")]
    public void Parenthetical_form_has_names_year_and_locator(bool suppressAuthor, string locator, string expected)
    {
        var reference = Work(authors: [Person("Bovaird", "Tony")]);
        Assert.Equal(expected, CitationFormatter.Parenthetical(reference, suppressAuthor, locator, InterfaceText.English));
    }

    [Theory]
    [InlineData("", "Ostrom (1996)")]
    [InlineData("p. 1073", "Ostrom (1996, p. 1073)")]
    public void Narrative_form_puts_the_year_in_parentheses(string locator, string expected)
    {
        var reference = Work(authors: [Person("Ostrom", "Elinor")], year: 1996);
        Assert.Equal(expected, CitationFormatter.Narrative(reference, locator, InterfaceText.English));
    }

    [Fact]
    public void Journal_article_entry_has_quoted_title_italic_journal_volume_issue_pages_and_doi()
    {
        var reference = Work(
            authors: [Person("Bovaird", "Tony")],
            type: "article-journal",
            title: "Beyond engagement & participation",
            container: "Public Administration Review",
            volume: "67",
            issue: "5",
            pages: "846-860",
            doi: "10.1111/j.1540-6210.2007.00773.x");

        Assert.Equal(
            "Bovaird, T. (2007) ‘Beyond engagement &amp; participation’, <em>Public Administration Review</em>, 67(5), pp. 846–860." +
            " <a href=\"https://doi.org/10.1111/j.1540-6210.2007.00773.x\">doi:10.1111/j.1540-6210.2007.00773.x</a>",
            EntryHtml(reference));
    }

    [Fact]
    public void Book_entry_has_italic_title_and_publisher()
    {
        var reference = Work(
            authors: [Person("Needham", "Catherine"), Person("Carr", "Sarah")],
            year: 2009,
            title: "Co-production: an emerging evidence base",
            publisher: "SCIE",
            place: "London");

        Assert.Equal(
            "Needham, C. and Carr, S. (2009) <em>Co-production: an emerging evidence base</em>. London: SCIE.",
            EntryHtml(reference));
    }

    [Fact]
    public void Single_page_is_p_and_web_address_is_linked_when_there_is_no_doi()
    {
        var reference = Work(
            authors: [Person("Horne", "Matthew")],
            type: "article-journal",
            container: "Journal",
            pages: "12",
            url: "https://example.org/paper");

        var html = EntryHtml(reference);
        Assert.Contains("<em>Journal</em>, p. 12.", html);
        Assert.EndsWith(" Available at: <a href=\"https://example.org/paper\">https://example.org/paper</a>", html);
    }

    [Fact]
    public void Html_in_titles_and_names_is_escaped()
    {
        var reference = Work(
            authors: [new Name(null, null, "<b>Forum</b>")],
            type: "article-journal",
            title: "<script>alert('x')</script>",
            container: "A \"quoted\" <i>journal</i>");

        var html = EntryHtml(reference);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<i>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("&lt;b&gt;Forum&lt;/b&gt;", html);
        Assert.Contains("<em>A &quot;quoted&quot; &lt;i&gt;journal&lt;/i&gt;</em>", html);
    }

    [Fact]
    public void Non_web_url_is_not_linked()
    {
        var reference = Work(authors: [Person("Horne", "Matthew")], url: "javascript:alert(1)");
        Assert.DoesNotContain("href", EntryHtml(reference));
    }
    [Fact]
    public void Particles_print_as_an_author_date_list_prints_them()
    {
        var santos = Work(authors: [Person("Santos", "Boaventura de Sousa")], year: 1998);
        var gogh = Work(authors: [new Name("Gogh", "Vincent", null) { NonDroppingParticle = "van" }], year: 1888);
        var beethoven = Work(authors: [new Name("Beethoven", "Ludwig", null) { DroppingParticle = "van", Suffix = "Jr." }], year: 1802);

        Assert.StartsWith("Santos, B. de S. (1998)", EntryHtml(santos));
        Assert.StartsWith("van Gogh, V. (1888)", EntryHtml(gogh));
        Assert.Equal("van Gogh (1888)", CitationFormatter.Narrative(gogh, "", InterfaceText.English));
        Assert.StartsWith("Beethoven, L. van, Jr. (1802)", EntryHtml(beethoven));
        Assert.Equal("Beethoven, 1802", CitationFormatter.Parenthetical(beethoven, false, "", InterfaceText.English));
    }

    [Fact]
    public void Narrative_citation_puts_its_locator_inside_the_parentheses()
    {
        var santos = Work(authors: [Person("Santos", "Boaventura de Sousa")], year: 1998);
        Assert.Equal("Santos (1998, p. 470)", CitationFormatter.Narrative(santos, "p. 470", InterfaceText.English));
    }

    [Theory]
    [InlineData("470", "Santos (1998, p. 470)")]
    [InlineData("470-472", "Santos (1998, pp. 470–472)")]
    [InlineData("470--472", "Santos (1998, pp. 470–472)")]
    [InlineData("12, 14", "Santos (1998, pp. 12, 14)")]
    [InlineData("xiv", "Santos (1998, p. xiv)")]
    [InlineData("ch. 3", "Santos (1998, ch. 3)")]
    public void A_bare_page_locator_is_cited_as_a_page_as_pandoc_reads_it(string locator, string expected)
    {
        var santos = Work(authors: [Person("Santos", "Boaventura de Sousa")], year: 1998);
        Assert.Equal(expected, CitationFormatter.Narrative(santos, locator, InterfaceText.English));
        Assert.Equal(expected.Replace(" (", ", ").TrimEnd(')'), CitationFormatter.Parenthetical(santos, false, locator, InterfaceText.English));
    }

    [Fact]
    public void A_translated_work_names_its_translators_initials_first_after_the_title()
    {
        var book = Work(authors: [Person("Camus", "Albert")], title: "The outsider", publisher: "Penguin", place: "London") with
        {
            Translators = [Person("Laredo", "Joseph"), new Name("Gogh", "Vincent", null) { NonDroppingParticle = "van" }],
        };
        Assert.EndsWith("<em>The outsider</em>. Translated by J. Laredo and V. van Gogh. London: Penguin.", EntryHtml(book));
    }

    [Fact]
    public void Web_page_shows_when_it_was_accessed()
    {
        var page = Work(authors: [new Name(null, null, "PB Project")], type: "webpage", title: "About", url: "https://example.org/pb") with
        {
            Accessed = new PartialDate(2024, 3, 3),
        };

        Assert.EndsWith("Available at: <a href=\"https://example.org/pb\">https://example.org/pb</a> (Accessed: 3 March 2024)",
            EntryHtml(page));
    }

    [Theory]
    [InlineData("What is PB?", "<em>What is PB?</em> Available at:")]
    [InlineData("Act now!", "<em>Act now!</em> Available at:")]
    [InlineData("A study, etc.", "<em>A study, etc.</em> Available at:")]
    [InlineData("A study", "<em>A study</em>. Available at:")]
    public void A_title_ending_in_a_stop_gets_no_second_one(string title, string expected)
    {
        var page = Work(type: "webpage", title: title, url: "https://example.org/pb", authors: [Person("Santos", "Boaventura")]);
        Assert.Contains(expected, EntryHtml(page));
    }

    [Fact]
    public void A_work_without_author_or_editor_starts_with_its_title()
    {
        Assert.StartsWith("<em>What is PB?</em> (2007). Available at:", EntryHtml(Work(type: "webpage", title: "What is PB?", url: "https://example.org/pb")));
        Assert.StartsWith("‘Notes’ (2007), <em>A journal</em>, 3.", EntryHtml(Work(type: "article-journal", title: "Notes", container: "A journal", volume: "3")));
    }

    [Theory]
    [InlineData("2", "2nd edn.")]
    [InlineData("3", "3rd edn.")]
    [InlineData("11", "11th edn.")]
    [InlineData("21", "21st edn.")]
    [InlineData("4th", "4th edn.")]
    [InlineData("Revised edition", "Revised edition.")]
    [InlineData("Rev. ed.", "Rev. ed.")]
    public void Edition_follows_the_title(string edition, string expected)
    {
        var book = Work(authors: [Person("Ostrom", "Elinor")], publisher: "CUP", place: "Cambridge") with { Edition = edition };
        Assert.EndsWith($"<em>A title</em>. {expected} Cambridge: CUP.", EntryHtml(book));
    }

    [Fact]
    public void Article_does_not_print_its_journal_publisher_but_a_book_does()
    {
        var article = Work(authors: [Person("Santos", "B")], type: "article-journal", container: "Politics", publisher: "Sage");
        var book = Work(authors: [Person("Santos", "B")], publisher: "Sage");

        Assert.DoesNotContain("Sage", EntryHtml(article));
        Assert.EndsWith("Sage.", EntryHtml(book));
    }
}
