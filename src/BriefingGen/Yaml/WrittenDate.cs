using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingGen.Yaml;

/// <summary>A date at the precision it was written: a year (2019), a month (2019-05) or a day (2019-05-14).</summary>
public readonly partial record struct WrittenDate(int Year, int? Month, int? Day)
{
    /// <summary>The first day the date covers, for sorting and for where a whole date is needed (a feed's timestamp).</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The date as ISO 8601 writes it at its precision: what <c>&lt;time datetime&gt;</c> takes.</summary>
    public string Iso => Day is { } day ? $"{Year:D4}-{Month:D2}-{day:D2}" : Month is { } month ? $"{Year:D4}-{month:D2}" : $"{Year:D4}";

    /// <summary>The date read from YYYY, YYYY-MM or YYYY-MM-DD, or null when it is none of them or no such day.</summary>
    public static WrittenDate? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1 || month is < 1 or > 12 || (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))))
        {
            return null;
        }

        return new WrittenDate(year, month, day);
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")]
    private static partial Regex Pattern();
}
