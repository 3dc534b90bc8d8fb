using BriefingGen.Incremental;
using BriefingGen.Model;

namespace BriefingGen.Tests.Incremental;

/// <summary>The pages by URL and by source file are the pages of this build, whether the tables are made again or patched from the last build's.</summary>
public sealed class PageIndexMemoTests
{
    [Fact]
    public void An_edited_page_replaces_its_old_object_and_a_renamed_page_is_found_by_its_new_url_and_file()
    {
        var indexes = new PageIndexMemo();
        var (a, b) = (Written("a/", "content/a.md"), Written("b/", "content/b.md"));
        var (byUrl, bySource) = indexes.Index([a, b]);
        Assert.Same(b, byUrl["b/"]);

        // The same pages: the same tables, which the last build's site may still be reading.
        var (again, _) = indexes.Index([a, b]);
        Assert.Same(byUrl, again);

        // An edited file makes a new page object at the same place: the new tables hold it, the old ones are untouched.
        var edited = b with { SourceText = "changed" };
        var (afterEdit, sourcesAfterEdit) = indexes.Index([a, edited]);
        Assert.Same(edited, afterEdit["b/"]);
        Assert.Same(edited, sourcesAfterEdit["content/b.md"]);
        Assert.Same(b, byUrl["b/"]);
        Assert.Same(b, bySource["content/b.md"]);

        // A renamed file: the same number of pages, another URL and file.
        var renamed = Written("c/", "content/c.md");
        var (afterRename, sourcesAfterRename) = indexes.Index([a, renamed]);
        Assert.Same(renamed, afterRename["c/"]);
        Assert.False(afterRename.ContainsKey("b/"));
        Assert.Same(renamed, sourcesAfterRename["content/c.md"]);
        Assert.False(sourcesAfterRename.ContainsKey("content/b.md"));
    }

    private static Page Written(string url, string source) => new() { Url = url, Kind = PageKind.Page, Title = url, SourcePath = source };
}
