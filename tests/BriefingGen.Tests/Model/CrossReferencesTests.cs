using BriefingGen.Model;

namespace BriefingGen.Tests.Model;

/// <summary>An edit moves only the edited pages' entries in the cross-reference indexes, and the indexes come out as a fresh build makes them.</summary>
public sealed class CrossReferencesTests
{
    [Fact]
    public void Two_uses_are_the_same_only_when_every_list_holds_the_same_things()
    {
        var uses = new PageUses(["t"], ["c"], ["r"], ["a/"], [new Placement("g", "r1", "c1", "why", false, "p/")],
            [new Evidence("tb", "i", "note", "p/")], ["th"], ["b/"], ["grid g"])
        {
            SourceLinks = [new SourceLink("a.md", "a/index.html", null, new BriefingGen.Diagnostics.SourceSpan("content/p.md", 3, 1))],
        };
        Assert.True(PageUses.Same(uses, uses with { Terms = ["t"] }));
        Assert.False(PageUses.Same(uses, uses with { Terms = ["t", "u"] }));
        Assert.False(PageUses.Same(uses, uses with { Placements = [new Placement("g", "r1", "c1", "why", true, "p/")] }));
        Assert.False(PageUses.Same(uses, uses with
        {
            SourceLinks = [new SourceLink("a.md", "a/index.html", null, new BriefingGen.Diagnostics.SourceSpan("content/p.md", 4, 1))],
        }));

        // Same is written out member by member: a member added to PageUses must be added to it too.
        Assert.Equal(10, typeof(PageUses).GetProperties().Count(p => p.PropertyType.IsGenericType &&
            p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)));
    }

    [Fact]
    public void Updating_the_indexes_for_a_few_changed_pages_gives_what_building_them_afresh_gives()
    {
        var random = new Random(20261129);
        var pages = Enumerable.Range(0, 40).ToDictionary(i => $"p{i}/", i => RandomUses(random, $"p{i}/"), StringComparer.Ordinal);
        var links = new CrossReferences(pages);
        for (var step = 0; step < 200; step++)
        {
            pages = new Dictionary<string, PageUses>(pages, StringComparer.Ordinal);
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var url = $"p{random.Next(45)}/";
                if (random.Next(5) == 0)
                {
                    pages.Remove(url);
                }
                else
                {
                    pages[url] = RandomUses(random, url);
                }
            }

            links = CrossReferences.Update(links, pages);
            Assert.Equal(Describe(new CrossReferences(pages)), Describe(links));
        }
    }

    // Uses drawn from small pools, so that pages share terms, references, links and grid cells (and name some twice).
    private static PageUses RandomUses(Random random, string url)
    {
        string[] Some(string prefix, int pool) => Enumerable.Range(0, random.Next(4)).Select(_ => prefix + random.Next(pool)).ToArray();
        return new PageUses(Some("term", 5), [], Some("ref", 5), Some("p", 45).Select(p => p + "/").ToArray(),
            Enumerable.Range(0, random.Next(3)).Select(i => new Placement("grid" + random.Next(2), "r", "c", "why " + i, false, url)).ToArray(),
            Enumerable.Range(0, random.Next(3)).Select(i => new Evidence("table" + random.Next(2), "item" + random.Next(2), "note " + i, url)).ToArray(),
            Some("theme", 3), Some("p", 45).Select(p => p + "/").ToArray(), Some("grid ", 3));
    }

    // Every index as text, keys in order (a dictionary's own order is not part of what the indexes mean).
    private static string Describe(CrossReferences links)
    {
        static string Index<T>(string name, IReadOnlyDictionary<string, IReadOnlyList<T>> index) =>
            name + ": " + string.Join("; ", index.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + " = " + string.Join(", ", e.Value)));

        return string.Join("\n", Index("terms", links.TermUsers), Index("citers", links.Citers), Index("backlinks", links.Backlinks),
            Index("themes", links.ThemePages), Index("embeds", links.EmbedUsers), Index("placements", links.Placements), Index("evidence", links.Evidence));
    }
}
