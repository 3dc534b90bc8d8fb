using BriefingGen.Incremental;

namespace BriefingGen.Tests.Incremental;

/// <summary>What serve keeps for each page is found again by the page's place, or by its URL once the pages moved.</summary>
public sealed class PlaceMemoTests
{
    [Fact]
    public void The_same_pages_get_their_values_by_place_and_moved_pages_by_url_and_new_pages_none()
    {
        var kept = new PlaceMemo<string?>();
        Assert.Equal(new string?[] { null, null }, kept.Recall(["a/", "b/"], Url).AsEnumerable());

        kept.Store(["a/", "b/"], Url, ["first a", "first b"]);
        Assert.Equal(new string?[] { "first a", "first b" }, kept.Recall(["a/", "b/"], Url).AsEnumerable());

        // A page added before the others moves them: each keeps its own value, and the new one has none.
        Assert.Equal(new string?[] { null, "first a", "first b" }, kept.Recall(["0/", "a/", "b/"], Url).AsEnumerable());

        // The same number of pages, one renamed: found by URL, not by place.
        Assert.Equal(new string?[] { "first a", null }, kept.Recall(["a/", "c/"], Url).AsEnumerable());

        kept.Store(["c/", "a/"], Url, ["second c", "second a"]);
        Assert.Equal(new string?[] { "second a", "second c" }, kept.Recall(["a/", "c/"], Url).AsEnumerable());
    }

    [Fact]
    public void A_page_that_is_the_same_object_is_not_asked_for_its_url_again_and_a_new_one_is()
    {
        var (a, b) = (new Item("a/"), new Item("b/"));
        var asked = new List<string>();
        string Key(Item item)
        {
            asked.Add(item.Url);
            return item.Url;
        }

        var kept = new PlaceMemo<int>();
        kept.Store([a, b], Key, [1, 2]);
        asked.Clear();

        Assert.Equal([1, 2], kept.Recall([a, b], Key));
        Assert.Empty(asked);

        // A page made again (a new object with the same URL) is compared by URL, and keeps its place's value.
        Assert.Equal([1, 2], kept.Recall([a, new Item("b/")], Key));
        Assert.Equal(["b/"], asked);

        // A new object with another URL is not the page that stood there.
        Assert.Equal([1, 0], kept.Recall([a, new Item("c/")], Key));
    }

    private sealed record Item(string Url);

    private static string Url(string url) => url;
}
