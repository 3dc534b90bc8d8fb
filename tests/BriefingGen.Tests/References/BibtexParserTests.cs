using System.Diagnostics;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing.Bibtex;

namespace BriefingGen.Tests.References;

/// <summary>The BibTeX reader: its syntax, its errors at their line and column, and hostile files read in linear time.</summary>
public sealed class BibtexParserTests
{
    private static (IReadOnlyList<BibtexEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var entries = BibtexParser.Parse(text, BibtexSupport.Path, diagnostics);
        return (entries, diagnostics.Sorted());
    }

    private static Diagnostic SingleError((IReadOnlyList<BibtexEntry>, IReadOnlyList<Diagnostic> Diagnostics) parsed, int line, int column)
    {
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(DiagnosticCodes.BibtexSyntax, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal($"{BibtexSupport.Path}:{line}:{column}", diagnostic.Span.ToString());
        return diagnostic;
    }

    [Fact]
    public void Strings_months_numbers_and_concatenation_are_expanded()
    {
        var (entries, diagnostics) = Parse("""
            @string{pub = {Sage}}
            @STRING{city = "Thousand" # { Oaks}}
            @article{a, publisher = pub # ", " # city, month = mar, year = 1998, note = "a {"quoted"} word"}
            """);

        Assert.Empty(diagnostics);
        var entry = Assert.Single(entries);
        Assert.Equal(("article", "a"), (entry.Type, entry.Key));
        Assert.Equal(["Sage, Thousand Oaks", "3", "1998", "a {\"quoted\"} word"], entry.Fields.Select(f => f.Value));
    }

    [Fact]
    public void Field_names_are_lower_case_and_located()
    {
        var (entries, _) = Parse("@Book{b,\n  Title = {B},\n\tYEAR = {2001}}");

        Assert.Equal(["title", "year"], entries[0].Fields.Select(f => f.Name));
        Assert.Equal("content/data/references.bib:3:2", entries[0].Field("year")!.Span.ToString());
        Assert.Equal("content/data/references.bib:1:1", entries[0].Span.ToString());
    }

    [Fact]
    public void Unclosed_entry_is_an_error_at_its_start_and_the_next_entry_is_still_read()
    {
        var parsed = Parse("@article{a,\n  title = {A},\n  year = {2001},\n\n@book{b,\n  title = {B},\n}\n");

        var error = SingleError(parsed, 1, 1);
        Assert.Contains("never closed", error.Message);
        Assert.Equal(["b"], parsed.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Unclosed_brace_in_a_value_ends_at_the_next_entry()
    {
        var parsed = Parse("@article{a,\n  title = {A {nested} title,\n}\n@book{b, title = {B}}\n");

        SingleError(parsed, 1, 1);
        Assert.Equal(["b"], parsed.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Missing_equals_sign_is_an_error_at_the_value()
    {
        var parsed = Parse("@book{b,\n  title {B},\n}\n@book{c, title = {C}}");

        var error = SingleError(parsed, 2, 9);
        Assert.Equal("'=' was expected after its name in the field 'title', not '{'", error.Message);
        Assert.Equal(["c"], parsed.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Missing_comma_between_fields_is_an_error_at_the_second_field()
    {
        var parsed = Parse("@book{b,\n  title = {B}\n  year = {2001}\n}");

        var error = SingleError(parsed, 3, 3);
        Assert.Contains("',' was expected", error.Message);
    }

    [Fact]
    public void Undefined_string_is_an_error_at_its_name_and_the_entry_is_kept()
    {
        var parsed = Parse("@article{c,\n  title = {C},\n  journal = jps,\n}");

        var error = SingleError(parsed, 3, 13);
        Assert.Equal("'jps' is not defined: define it with @string{jps = {...}} or put the value in braces", error.Message);
        Assert.Equal(["c"], parsed.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Repeated_field_is_an_error_at_the_second()
    {
        var parsed = Parse("@book{b,\n  title = {B},\n  title = {C}}");

        SingleError(parsed, 3, 3);
        Assert.Equal("B", parsed.Entries[0].Field("title")!.Value);
    }

    [Fact]
    public void At_sign_inside_a_word_between_entries_is_text()
    {
        var parsed = Parse("Mail editors@example.org with corrections.\n@book{b, title = {B}}");

        Assert.Empty(parsed.Diagnostics);
        Assert.Single(parsed.Entries);
    }

    [Fact]
    public void Error_after_spaces_before_the_next_entry_keeps_that_entry()
    {
        var parsed = Parse("@article{a,\n  title = {A},\n  @book{b, title = {B}}\n");

        SingleError(parsed, 1, 1);
        Assert.Equal(["b"], parsed.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Hundred_thousand_nested_braces_are_read_quickly()
    {
        var deep = new string('{', 100_000) + "x" + new string('}', 100_000);
        var watch = Stopwatch.StartNew();
        var parsed = Parse($"@book{{b, title = {{{deep}}}, author = {{{deep} and {deep}}}}}");
        var plain = LatexText.ToPlain(parsed.Entries[0].Field("title")!.Value);
        var names = BibtexName.List(parsed.Entries[0].Field("author")!.Value);
        var unclosed = Parse("@book{b, title = {" + new string('{', 100_000));
        watch.Stop();

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal("x", plain);
        Assert.Equal(2, names.Count);
        SingleError(unclosed, 1, 1);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Five_megabyte_file_is_read_in_linear_time()
    {
        var zotero = BibtexSupport.DataFile("zotero.bib");
        var text = new StringBuilder();
        for (var i = 0; text.Length < 5_000_000; i++)
        {
            text.Append(zotero.Replace("@article{", $"@article{{n{i}-").Replace("@book{", $"@book{{n{i}-")
                .Replace("@misc{", $"@misc{{n{i}-").Replace("@incollection{", $"@incollection{{n{i}-")
                .Replace("@inproceedings{", $"@inproceedings{{n{i}-").Replace("@techreport{", $"@techreport{{n{i}-")
                .Replace("@phdthesis{", $"@phdthesis{{n{i}-"));
        }

        var watch = Stopwatch.StartNew();
        var (references, diagnostics) = BibtexSupport.Read(text.ToString());
        var unclosedQuote = Parse("@book{b, title = \"" + new string('a', 5_000_000));
        var brokenLines = Parse(string.Concat(Enumerable.Repeat("@a{\n", 1_250_000)));
        watch.Stop();

        Assert.Empty(diagnostics);
        Assert.True(references.Count > 10_000);
        SingleError(unclosedQuote, 1, 18);
        Assert.Equal(101, brokenLines.Diagnostics.Count); // a hundred errors, then where reading stopped
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void String_defined_through_itself_over_and_over_is_refused_not_expanded()
    {
        var text = "@string{a = {ab}}\n" + string.Concat(Enumerable.Repeat("@string{a = a # a}\n", 64)) + "@book{b, title = a}\n";
        var watch = Stopwatch.StartNew();
        var parsed = Parse(text);
        watch.Stop();

        var error = Assert.Single(parsed.Diagnostics);
        Assert.Contains("expand to far more text", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
