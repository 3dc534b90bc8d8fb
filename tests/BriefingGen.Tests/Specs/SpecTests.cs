namespace BriefingGen.Tests.Specs;

/// <summary>
/// The briefing syntax (term links, citations, embeds) pinned as Markdig-style example pairs in <c>Specs/*.md</c>:
/// each example's Markdown, rendered as a page body against the fixed data set in <c>Specs/site/</c>, gives exactly its HTML
/// (line breaks at the end aside). The examples whose references do not resolve are errors in a build; they pin what the page shows.
/// </summary>
public sealed class SpecTests
{
    public static TheoryData<string, int> Examples
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var example in SpecExample.All)
            {
                data.Add(example.File, example.Number);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_its_spec_says(string file, int number)
    {
        var example = SpecExample.All.Single(e => e.File == file && e.Number == number);
        var actual = SpecSite.Body(example);
        // Exact but for line breaks at the end, which a fenced example cannot show.
        Assert.True(example.Html.TrimEnd('\n') == actual.TrimEnd('\n'),
            $"{file}:{example.Line}: example {number}\n--- markdown\n{example.Markdown}--- expected\n{example.Html}--- actual\n{actual}");
    }

    [Fact]
    public void Every_spec_file_has_examples() =>
        Assert.All(Directory.EnumerateFiles(SpecExample.Folder, "*.md"), path =>
            Assert.Contains(SpecExample.All, e => e.File == Path.GetFileName(path)));
}
