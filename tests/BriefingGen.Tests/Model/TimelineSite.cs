using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>
/// A small valid site with one timeline, embedded by a case study: a term and a reference that the timeline's events
/// use, and a second page that shows no timeline. Tests swap one part to see a single problem reported.
/// </summary>
public static class TimelineSite
{
    public const string Timelines = """
        -- content/data/timelines.yml --
        - id: estate-project
          title: The estate's youth project
          summary: How residents and the council commissioned it.
          source: chamberlain2010
          events:
            - date: 2015
              title: The council cuts the youth service
            - date: 2016-03
              title: Residents meet the council
              text: Their [[habitus]] shapes who speaks [@chamberlain2010].
            - date: 2016-09-12
              title: The project opens
        """;

    public const string Rest = """
        -- content/data/terms.yml --
        - id: habitus
          name: Habitus
          category: concept
          explanation: Dispositions people learn from their social position.
        -- content/data/references.yml --
        - id: chamberlain2010
          type: report
          author: [{literal: "Chamberlain Forum"}]
          issued: 2010
          title: Co-production in practice
        -- content/case-studies/estate.md --
        ---
        title: The estate
        ---
        Residents bring their [[habitus]] to the table.

        {{< timeline estate-project >}}
        -- content/case-studies/other.md --
        ---
        title: Another case
        ---
        No timeline here.
        """;

    public const string Page = "content/case-studies/estate.md";

    public const string File = "content/data/timelines.yml";

    public static TestSite Site() => TestSite.With(Timelines + "\n" + Rest + "\n");

    /// <summary>The site with one text of its files replaced.</summary>
    public static TestSite SiteWith(string part, string replacement)
    {
        var files = Timelines + "\n" + Rest + "\n";
        Assert.Contains(part, files);
        return TestSite.With(files.Replace(part, replacement, StringComparison.Ordinal));
    }
}
