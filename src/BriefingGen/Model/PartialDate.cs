using System.Globalization;

namespace BriefingGen.Model;

/// <summary>A date known to the year, the month or the day, as CSL date parts and BibTeX <c>urldate</c> give it.</summary>
public sealed record PartialDate(int Year, int? Month, int? Day)
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"3 March 2024", "March 2024" or "2024", as an author-date style writes an access date.</summary>
    public string Written
    {
        get
        {
            var year = Year.ToString(CultureInfo.InvariantCulture);
            if (Month is not { } month)
            {
                return year;
            }

            return Day is { } day ? $"{day.ToString(CultureInfo.InvariantCulture)} {MonthNames[month - 1]} {year}" : $"{MonthNames[month - 1]} {year}";
        }
    }

    /// <summary>Reads "2024", "2024-03" or "2024-03-03" (a time after the day is ignored); null for anything else.</summary>
    public static PartialDate? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split('T', ' ')[0].Split('-');
        if (parts.Length > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            {
                return null;
            }

            month = m;
        }

        if (parts.Length > 2)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                return null;
            }

            day = d;
        }

        return FromParts(year, month, day);
    }

    /// <summary>The date of these parts, or null when they name no day of the calendar (month 13, 30 February).</summary>
    public static PartialDate? FromParts(int year, int? month, int? day)
    {
        if (year is <= 0 or >= 10000 || month is < 1 or > 12 || (day is not null && month is null) ||
            (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))))
        {
            return null;
        }

        return new PartialDate(year, month, day);
    }
}
