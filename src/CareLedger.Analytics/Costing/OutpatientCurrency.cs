namespace CareLedger.Analytics.Costing;

/// <summary>
/// How a HES outpatient appointment is priced and whether it is costed at all. The National Cost Collection prices
/// consultant-led attendances by currency, and HES's FIRSTATT says which one an appointment is: WF01B first face to
/// face (1), WF01A follow-up face to face (2), WF01D first by telephone or video (3), WF01C follow-up by telephone or
/// video (4). That currency is used when the extract carries no HRG (SUSHRG empty, as in the artificial samples);
/// administrative events (5) and "not known" (9, X) have none and take the outpatient fallback. An appointment that
/// did not take place — ATTENDED 3 (did not attend) or 7 (arrived too late to be seen), 2 or 4 (cancelled by the
/// patient or the provider), 0 (not yet happened) — is kept and counted but is no activity and costs nothing.
/// </summary>
internal static class OutpatientCurrency
{
    public const string FirstAttendanceCodes = "('1','2','3','4','5','9','X')";

    public const string AttendedCodes = "('0','2','3','4','5','6','7','9')";

    /// <summary>The values of the store's <c>attendance</c> column for appointments that did not take place.</summary>
    public const string NotAttended = "('did-not-attend','cancelled','not-yet')";

    /// <summary>The currency for a FIRSTATT cell (a SQL expression), or NULL where it names none.</summary>
    public static string HrgSql(string firstAttendance) =>
        $"CASE upper({firstAttendance}) WHEN '1' THEN 'WF01B' WHEN '2' THEN 'WF01A' WHEN '3' THEN 'WF01D' WHEN '4' THEN 'WF01C' END";

    /// <summary>The store's <c>attendance</c> for an ATTENDED cell: attended (5, 6), one of <see cref="NotAttended"/>, or NULL (not known).</summary>
    public static string AttendanceSql(string attended) => $"""
        CASE {attended} WHEN '5' THEN 'attended' WHEN '6' THEN 'attended' WHEN '3' THEN 'did-not-attend' WHEN '7' THEN 'did-not-attend'
                        WHEN '2' THEN 'cancelled' WHEN '4' THEN 'cancelled' WHEN '0' THEN 'not-yet' END
        """;
}
