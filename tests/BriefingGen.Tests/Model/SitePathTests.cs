using BriefingGen.Model;

namespace BriefingGen.Tests.Model;

/// <summary>Links between pages climb to the site root and name the target's file, so they work from file:// and any sub-path.</summary>
public sealed class SitePathTests
{
    [Theory]
    [InlineData("", "definitions/", null, "definitions/index.html")]
    [InlineData("case-studies/", "definitions/", "term-x", "../definitions/index.html#term-x")]
    [InlineData("case-studies/leeds/", "", null, "../../index.html")]
    [InlineData("case-studies/leeds/paper/", "assets/style.css", null, "../../../assets/style.css")]
    [InlineData("404.html", "case-studies/", null, "case-studies/index.html")]
    public void A_link_climbs_from_the_page_to_the_root_then_names_the_file(string from, string to, string? fragment, string expected) =>
        Assert.Equal(expected, SitePath.Relative(from, to, fragment));

    [Fact]
    public void A_target_that_would_read_as_a_scheme_from_the_root_is_kept_a_path()
    {
        Assert.Equal("./javascript:x/index.html", SitePath.Relative("", "javascript:x/"));
        Assert.Equal("../javascript:x/index.html", SitePath.Relative("a/", "javascript:x/"));
    }

    [Fact]
    public void What_a_url_path_cannot_hold_is_percent_encoded()
    {
        Assert.Equal("case-studies/plain_name-1.2~/index.html", SitePath.Relative("", "case-studies/plain_name-1.2~/"));
        Assert.Equal("case-studies/caf%C3%A9%20bar%23/index.html", SitePath.Relative("", "case-studies/café bar#/"));
    }

    [Fact]
    public void Pages_deeper_than_any_remembered_prefix_still_climb_all_the_way()
    {
        var deep = string.Concat(Enumerable.Repeat("x/", 20));
        Assert.Equal(string.Concat(Enumerable.Repeat("../", 20)), SitePath.RootOf(deep));
        Assert.Equal(string.Concat(Enumerable.Repeat("../", 20)) + "index.html", SitePath.Relative(deep, ""));
    }
}
