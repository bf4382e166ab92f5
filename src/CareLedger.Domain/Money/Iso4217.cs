namespace CareLedger.Domain;

/// <summary>
/// The active ISO 4217 currency codes (List One, as published on 1 January 2026) with the number of digits in each
/// one's minor unit. Codes whose minor unit ISO gives as "N.A." — gold, silver, platinum, palladium, the bond-market
/// and IMF units of account, the testing code XTS and XXX — are left out on purpose: they are not money a contract
/// can be settled in, and rounding to a minor unit would mean nothing for them. Withdrawn codes (BGN, HRK, ANG,
/// CUC, SLL, ZWL and older) are not listed, so a contract naming one is told so rather than settled in it.
/// </summary>
internal static class Iso4217
{
    // Kept in code order: the order is checked by a test and used for binary search.
    private static readonly (string Code, byte MinorUnits)[] Entries =
    [
        ("AED", 2), ("AFN", 2), ("ALL", 2), ("AMD", 2), ("AOA", 2), ("ARS", 2), ("AUD", 2), ("AWG", 2), ("AZN", 2),
        ("BAM", 2), ("BBD", 2), ("BDT", 2), ("BHD", 3), ("BIF", 0), ("BMD", 2), ("BND", 2), ("BOB", 2), ("BOV", 2),
        ("BRL", 2), ("BSD", 2), ("BTN", 2), ("BWP", 2), ("BYN", 2), ("BZD", 2),
        ("CAD", 2), ("CDF", 2), ("CHE", 2), ("CHF", 2), ("CHW", 2), ("CLF", 4), ("CLP", 0), ("CNY", 2), ("COP", 2),
        ("COU", 2), ("CRC", 2), ("CUP", 2), ("CVE", 2), ("CZK", 2),
        ("DJF", 0), ("DKK", 2), ("DOP", 2), ("DZD", 2),
        ("EGP", 2), ("ERN", 2), ("ETB", 2), ("EUR", 2),
        ("FJD", 2), ("FKP", 2),
        ("GBP", 2), ("GEL", 2), ("GHS", 2), ("GIP", 2), ("GMD", 2), ("GNF", 0), ("GTQ", 2), ("GYD", 2),
        ("HKD", 2), ("HNL", 2), ("HTG", 2), ("HUF", 2),
        ("IDR", 2), ("ILS", 2), ("INR", 2), ("IQD", 3), ("IRR", 2), ("ISK", 0),
        ("JMD", 2), ("JOD", 3), ("JPY", 0),
        ("KES", 2), ("KGS", 2), ("KHR", 2), ("KMF", 0), ("KPW", 2), ("KRW", 0), ("KWD", 3), ("KYD", 2), ("KZT", 2),
        ("LAK", 2), ("LBP", 2), ("LKR", 2), ("LRD", 2), ("LSL", 2), ("LYD", 3),
        ("MAD", 2), ("MDL", 2), ("MGA", 2), ("MKD", 2), ("MMK", 2), ("MNT", 2), ("MOP", 2), ("MRU", 2), ("MUR", 2),
        ("MVR", 2), ("MWK", 2), ("MXN", 2), ("MXV", 2), ("MYR", 2), ("MZN", 2),
        ("NAD", 2), ("NGN", 2), ("NIO", 2), ("NOK", 2), ("NPR", 2), ("NZD", 2),
        ("OMR", 3),
        ("PAB", 2), ("PEN", 2), ("PGK", 2), ("PHP", 2), ("PKR", 2), ("PLN", 2), ("PYG", 0),
        ("QAR", 2),
        ("RON", 2), ("RSD", 2), ("RUB", 2), ("RWF", 0),
        ("SAR", 2), ("SBD", 2), ("SCR", 2), ("SDG", 2), ("SEK", 2), ("SGD", 2), ("SHP", 2), ("SLE", 2), ("SOS", 2),
        ("SRD", 2), ("SSP", 2), ("STN", 2), ("SVC", 2), ("SYP", 2), ("SZL", 2),
        ("THB", 2), ("TJS", 2), ("TMT", 2), ("TND", 3), ("TOP", 2), ("TRY", 2), ("TTD", 2), ("TWD", 2), ("TZS", 2),
        ("UAH", 2), ("UGX", 0), ("USD", 2), ("USN", 2), ("UYI", 0), ("UYU", 2), ("UYW", 4), ("UZS", 2),
        ("VED", 2), ("VES", 2), ("VND", 0), ("VUV", 0),
        ("WST", 2),
        ("XAD", 2), ("XAF", 0), ("XCD", 2), ("XCG", 2), ("XOF", 0), ("XPF", 0),
        ("YER", 2),
        ("ZAR", 2), ("ZMW", 2), ("ZWG", 2),
    ];

    private static readonly decimal[] Scales = [1m, 10m, 100m, 1000m, 10000m];

    public static int Count => Entries.Length;

    public static int GbpIndex { get; } = IndexOf("GBP");

    public static string CodeAt(int index) => Entries[index].Code;

    public static int MinorUnitsAt(int index) => Entries[index].MinorUnits;

    /// <summary>10 to the power of the minor units: 100 pence in a pound, 1 yen in a yen.</summary>
    public static decimal ScaleAt(int index) => Scales[Entries[index].MinorUnits];

    /// <summary>The code's place in the table, or −1 when it is not an active ISO 4217 code.</summary>
    public static int IndexOf(string code)
    {
        var low = 0;
        var high = Entries.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Entries[middle].Code, code);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
