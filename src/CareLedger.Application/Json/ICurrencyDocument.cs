using CareLedger.Domain;

namespace CareLedger.Application.Json;

/// <summary>A JSON document whose amounts are all in the one currency it states at the top.</summary>
public interface ICurrencyDocument
{
    Currency Currency { get; }
}
