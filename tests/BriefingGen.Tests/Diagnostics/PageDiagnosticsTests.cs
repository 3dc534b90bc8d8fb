using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Diagnostics;

/// <summary>Each problem an editor can make in a page is reported with its code at its file, line and column.</summary>
public sealed class PageDiagnosticsTests
{
    [Fact]
    public void Page_without_front_matter_is_an_error_at_line_one()
    {
        using var site = TestSite.With("-- content/notes.md --\n# Notes\nNo front matter.\n");
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.MissingFrontMatter, "content/notes.md", 1, 1);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\nBody text\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.UnclosedFrontMatter, "content/notes.md", 1, 1);
    }

    [Fact]
    public void Malformed_yaml_in_front_matter_points_at_its_line_in_the_file()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\nsummary: [unclosed\n---\nBody\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.YamlSyntax);
        Assert.Equal("content/notes.md", diagnostic.Span.Path);
        Assert.Equal(4, diagnostic.Span.Line);
    }

    [Fact]
    public void Tab_indentation_error_is_reported_with_line_and_column()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\nauthors:\n\t- A\n---\nBody\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.YamlSyntax, "content/notes.md", 4, 1);
    }

    [Fact]
    public void Wrong_field_type_is_an_error_at_the_value()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\ndraft: sometimes\n---\nBody\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.WrongType, "content/notes.md", 3, 8);
    }

    [Fact]
    public void A_list_where_text_is_expected_is_a_wrong_type()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: [a, b]\n---\nBody\n");
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.WrongType, "content/notes.md", 2, 8);
    }

    [Fact]
    public void Invalid_date_is_an_error_at_the_value()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\ndate: 31/12/2024\n---\nBody\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.InvalidValue, "content/notes.md", 3, 7);
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\nsummary: No title here\n---\nBody\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.MissingRequiredField, "content/notes.md", 2, 1);
    }

    [Fact]
    public void Unknown_front_matter_key_is_a_warning_at_the_key()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\ntitel: typo\n---\nBody\n");
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.UnknownKey, "content/notes.md", 3, 1);
        Assert.True(result.Succeeded);
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void Two_pages_claiming_one_url_is_an_error_naming_both()
    {
        using var site = TestSite.With(
            "-- content/a.md --\n---\ntitle: A\nslug: same\n---\nA\n-- content/b.md --\n---\ntitle: B\nslug: same\n---\nB\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.DuplicateOutputPath);
        Assert.Equal("content/b.md:3:7", diagnostic.Span.ToString());
        Assert.Contains("content/a.md", diagnostic.Message);
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("/absolute")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void Slug_that_would_escape_the_site_is_an_error(string slug)
    {
        using var site = TestSite.With($"-- content/notes.md --\n---\ntitle: Notes\nslug: \"{slug}\"\n---\nBody\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.UnsafeSlug, "content/notes.md", 3, 7);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "etc")));
    }

    [Theory]
    [InlineData("../../secret")]
    [InlineData("/etc/passwd")]
    public void Layout_that_would_escape_the_templates_is_an_error(string layout)
    {
        using var site = TestSite.With($"-- content/notes.md --\n---\ntitle: Notes\nlayout: \"{layout}\"\n---\nBody\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.UnsafeLayout, "content/notes.md", 3, 9);
    }

    [Fact]
    public void Unknown_layout_is_an_error_at_the_layout_field()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\nlayout: fancy\n---\nBody\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownLayout);
        Assert.Equal("content/notes.md:3:9", diagnostic.Span.ToString());
        Assert.Contains("page", diagnostic.Message);
    }

    [Fact]
    public void File_that_is_not_utf8_is_an_error_at_the_bad_byte()
    {
        using var site = TestSite.With();
        site.WriteBytes("content/latin1.md", [.. "---\ntitle: Caf"u8.ToArray(), 0xE9, .. "\n---\n"u8.ToArray()]);
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.NotUtf8, "content/latin1.md", 2, 11);
    }

    [Fact]
    public void Empty_page_is_an_error()
    {
        using var site = TestSite.With("-- content/empty.md --\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.EmptyFile);
        Assert.Equal("content/empty.md:1:1", diagnostic.Span.ToString());
    }

    [Fact]
    public void Every_problem_of_a_build_is_reported_at_once()
    {
        using var site = TestSite.With(
            "-- content/a.md --\nno front matter\n-- content/b.md --\n---\nsummary: x\n---\n-- content/c.md --\n---\ntitle: C\ndraft: perhaps\n---\n");
        var result = site.Build();
        Assert.Equal(
            [DiagnosticCodes.MissingFrontMatter, DiagnosticCodes.MissingRequiredField, DiagnosticCodes.WrongType],
            result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Front_matter_with_crlf_line_endings_and_a_bom_reports_the_right_line()
    {
        using var site = TestSite.With();
        site.WriteBytes("content/windows.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: Windows\r\ndraft: maybe\r\n---\r\nBody\r\n"u8.ToArray()]);
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.WrongType, "content/windows.md", 3, 8);
    }
}

/// <summary>Columns count characters as an editor shows them, whatever the encoding details.</summary>
public sealed class EditorColumnTests
{
    [Fact]
    public void An_emoji_before_an_error_counts_as_one_column()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\nsummary: ok\n---\n🙂🙂 [[nosuch]]\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.UnknownTerm, "content/a.md", 5, 4);
    }

    [Fact]
    public void An_accent_written_as_a_combining_mark_counts_with_its_letter()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\ndraft: cafe\u0301\nkind: x\n---\nBody\n");
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.WrongType, "content/a.md", 3, 8);
    }

    [Fact]
    public void Multi_byte_characters_in_yaml_move_the_column_by_one_each()
    {
        using var site = TestSite.With("-- content/data/themes.yml --\n- { id: ok, title: \"Ünïcödé\", colour: x }\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.UnknownKey, "content/data/themes.yml", 1, 31);
    }

    [Theory]
    [InlineData("abc", 1, 3, 3)]
    [InlineData("a🙂b", 1, 4, 3)]
    [InlineData("x\ne\u0301z", 2, 3, 2)]
    [InlineData("\tab", 1, 2, 2)]
    public void Editor_columns_count_user_perceived_characters(string text, int line, int utf16Column, int expected) =>
        Assert.Equal(expected, EditorColumn.FromUtf16(text, line, utf16Column));
}
