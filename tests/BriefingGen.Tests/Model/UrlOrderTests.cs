using BriefingGen.Model;

namespace BriefingGen.Tests.Model;

/// <summary>Pages come out in URL order, whether the order is worked out again or remembered from the last build.</summary>
public sealed class UrlOrderTests
{
    [Fact]
    public void Pages_come_out_in_url_order_and_a_remembered_order_takes_this_builds_pages()
    {
        var order = new UrlOrder();
        Assert.Equal(["a/", "b/", "c/"], order.Sort(Pages("c/", "a/", "b/")).Select(p => p.Url));

        // The same URLs in the same order: the remembered order, applied to this build's page objects.
        var again = Pages("c/", "a/", "b/");
        Assert.Same(again[1], order.Sort(again)[0]);

        Assert.Equal(["a/", "b/", "c/", "d/"], order.Sort(Pages("d/", "c/", "a/", "b/")).Select(p => p.Url));
        Assert.Equal(["a/", "b/", "c/", "e/"], order.Sort(Pages("e/", "b/", "a/", "c/")).Select(p => p.Url));
    }

    private static List<Page> Pages(params string[] urls) =>
        urls.Select(url => new Page { Url = url, Kind = PageKind.Page, Title = url }).ToList();
}
