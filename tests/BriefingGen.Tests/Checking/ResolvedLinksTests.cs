using BriefingGen.Checking;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Checking;

/// <summary>Pages of one build share resolved links only where a link leads to the same file from each of them.</summary>
public sealed class ResolvedLinksTests
{
    private static PageLink OnlyLink(string file, string href, ResolvedLinks resolved) =>
        Assert.Single(LinkChecker.Read(new RenderedPage(file, file, $"<p><a href=\"{href}\">x</a></p>"), resolved).Links);

    [Theory]
    [InlineData("#top")]
    [InlineData("?page=2")]
    [InlineData("")]
    public void A_link_with_no_path_leads_to_each_page_s_own_file(string href)
    {
        var resolved = new ResolvedLinks();
        Assert.Equal("notes/a.html", OnlyLink("notes/a.html", href, resolved).Target);
        Assert.Equal("notes/b.html", OnlyLink("notes/b.html", href, resolved).Target);
    }

    [Fact]
    public void A_link_that_climbs_to_the_root_is_shared_by_pages_as_deep()
    {
        var resolved = new ResolvedLinks();
        var first = OnlyLink("a/one/index.html", "../../definitions/index.html#term-x", resolved);
        var second = OnlyLink("b/two/index.html", "../../definitions/index.html#term-x", resolved);
        Assert.Same(first, second);
        Assert.Equal(("definitions/index.html", "term-x"), (second.Target, second.Fragment));
    }

    [Fact]
    public void A_link_that_climbs_to_the_root_is_resolved_again_from_another_depth()
    {
        var resolved = new ResolvedLinks();
        Assert.Null(OnlyLink("c/index.html", "../../x/", resolved).Target);
        Assert.Equal("x/index.html", OnlyLink("a/b/index.html", "../../x/", resolved).Target);
    }

    [Fact]
    public void A_link_that_stops_below_the_root_leads_from_each_folder_to_its_own_file()
    {
        var resolved = new ResolvedLinks();
        Assert.Equal("a/x/index.html", OnlyLink("a/one/index.html", "../x/", resolved).Target);
        Assert.Equal("b/x/index.html", OnlyLink("b/two/index.html", "../x/", resolved).Target);
        Assert.Null(OnlyLink("c/index.html", "../../x/", resolved).Target);
        Assert.Equal("x/index.html", OnlyLink("d/index.html", "../x/", resolved).Target);
    }
}
