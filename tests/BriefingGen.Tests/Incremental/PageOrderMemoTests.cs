using BriefingGen.Incremental;
using BriefingGen.Model;

namespace BriefingGen.Tests.Incremental;

/// <summary>Pages come out in URL order and lists in list order, whether the order is worked out again or remembered from the last build.</summary>
public sealed class PageOrderMemoTests
{
    [Fact]
    public void Pages_come_out_in_url_order_and_a_remembered_order_takes_this_builds_pages()
    {
        var order = new PageOrderMemo();
        Assert.Equal(["a/", "b/", "c/"], order.ByUrl(Pages("c/", "a/", "b/")).Select(p => p.Url));

        // The same URLs in the same order: the remembered order, applied to this build's page objects.
        var again = Pages("c/", "a/", "b/");
        Assert.Same(again[1], order.ByUrl(again)[0]);

        Assert.Equal(["a/", "b/", "c/", "d/"], order.ByUrl(Pages("d/", "c/", "a/", "b/")).Select(p => p.Url));
        Assert.Equal(["a/", "b/", "c/", "e/"], order.ByUrl(Pages("e/", "b/", "a/", "c/")).Select(p => p.Url));
    }

    [Fact]
    public void A_list_of_the_same_pages_keeps_its_order_and_a_changed_page_sorts_its_list_again()
    {
        var order = new PageOrderMemo();
        var (alpha, beta, gamma) = (Listed("s/alpha/", "Alpha", 2), Listed("s/beta/", "Beta", 1), Listed("t/gamma/", "Gamma", 0));

        var (lists, places) = order.Group([alpha, beta, gamma]);
        Assert.Equal(["s/beta/", "s/alpha/"], lists["s/"].Select(p => p.Url));
        Assert.Equal(0, places["s/beta/"]);
        Assert.Equal(1, places["s/alpha/"]);

        var (again, _) = order.Group([alpha, beta, gamma]);
        Assert.Same(lists["s/"], again["s/"]);

        // Alpha's body is edited: a new page object, sorted by the same values, takes its place.
        var rewritten = alpha with { SourceText = "changed" };
        var (afterBody, _) = order.Group([rewritten, beta, gamma]);
        Assert.Equal(["s/beta/", "s/alpha/"], afterBody["s/"].Select(p => p.Url));
        Assert.Same(rewritten, afterBody["s/"][1]);

        // Alpha is edited (a new page object) to come first; Gamma's list is untouched.
        var edited = alpha with { Weight = 0 };
        var (after, placesAfter) = order.Group([edited, beta, gamma]);
        Assert.Equal(["s/alpha/", "s/beta/"], after["s/"].Select(p => p.Url));
        Assert.Equal(0, placesAfter["s/alpha/"]);
        Assert.Same(lists["t/"], after["t/"]);

        // A page moved away leaves its old list shorter.
        var (moved, _) = order.Group([edited, gamma, beta with { Url = "t/beta/" }]);
        Assert.Equal(["s/alpha/"], moved["s/"].Select(p => p.Url));
        Assert.Equal(["t/gamma/", "t/beta/"], moved["t/"].Select(p => p.Url));
    }

    [Fact]
    public void The_sites_lists_take_an_edited_pages_new_object_in_place_and_sort_again_when_it_moves()
    {
        var order = new PageOrderMemo();
        var (alpha, beta, gamma) = (Listed("s/alpha/", "Alpha", 2), Listed("s/beta/", "Beta", 1), Listed("t/gamma/", "Gamma", 0));
        var section = new Page { Url = "s/", Kind = PageKind.Section, Title = "S" }; // a list page: in no list
        var (lists, _) = order.Lists([section, alpha, beta, gamma]);
        Assert.Equal(["s/beta/", "s/alpha/"], lists["s/"].Select(p => p.Url));
        Assert.DoesNotContain(lists.Values.SelectMany(l => l), p => p.Url == "s/");

        // Alpha's body is edited: the new object takes its place, and the other list is the last build's.
        var rewritten = alpha with { SourceText = "changed" };
        var (afterBody, places) = order.Lists([section, rewritten, beta, gamma]);
        Assert.Same(rewritten, afterBody["s/"][1]);
        Assert.Same(lists["t/"], afterBody["t/"]);
        Assert.Equal(1, places["s/alpha/"]);
        Assert.Same(alpha, lists["s/"][1]); // the last build's list is left as it was

        // Retitled to sort first: the list is sorted again.
        var (retitled, _) = order.Lists([section, rewritten with { Weight = 0, Title = "Aardvark" }, beta, gamma]);
        Assert.Equal(["s/alpha/", "s/beta/"], retitled["s/"].Select(p => p.Url));

        // A page that becomes a print edition or loses its file leaves the lists.
        var (fewer, _) = order.Lists([section, rewritten with { Weight = 0, Title = "Aardvark" }, beta, gamma with { SourcePath = null }]);
        Assert.False(fewer.ContainsKey("t/"));
    }

    private static Page Listed(string url, string title, long weight) =>
        new() { Url = url, Kind = PageKind.Page, Title = title, Weight = weight, SourcePath = "content/" + url.TrimEnd('/') + ".md" };

    private static List<Page> Pages(params string[] urls) =>
        urls.Select(url => new Page { Url = url, Kind = PageKind.Page, Title = url }).ToList();
}
