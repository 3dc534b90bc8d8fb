namespace BriefingGen.Tests.Incremental;

/// <summary>What serve keeps for each page is found again by the page's place, or by its URL once the pages moved.</summary>
public sealed class KeptByPlaceTests
{
    [Fact]
    public void The_same_pages_get_their_values_by_place_and_moved_pages_by_url_and_new_pages_none()
    {
        var kept = new KeptByPlace<string?>();
        Assert.Equal(new string?[] { null, null }, kept.For(["a/", "b/"], Url).AsEnumerable());

        kept.Keep(["a/", "b/"], Url, ["first a", "first b"]);
        Assert.Equal(new string?[] { "first a", "first b" }, kept.For(["a/", "b/"], Url).AsEnumerable());

        // A page added before the others moves them: each keeps its own value, and the new one has none.
        Assert.Equal(new string?[] { null, "first a", "first b" }, kept.For(["0/", "a/", "b/"], Url).AsEnumerable());

        // The same number of pages, one renamed: found by URL, not by place.
        Assert.Equal(new string?[] { "first a", null }, kept.For(["a/", "c/"], Url).AsEnumerable());

        kept.Keep(["c/", "a/"], Url, ["second c", "second a"]);
        Assert.Equal(new string?[] { "second a", "second c" }, kept.For(["a/", "c/"], Url).AsEnumerable());
    }

    private static string Url(string url) => url;
}
