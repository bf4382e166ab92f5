using System.Xml.Linq;
using CareLedger.Data.Accounts;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CareLedger.Server.Security;

/// <summary>
/// Keeps ASP.NET Core's data-protection key ring in the database, so every server signs and reads cookies with the
/// same keys: a browser signed in through one server is signed in on all. A server that meets a cookie protected by a
/// key it has not seen re-reads the ring from here.
/// </summary>
public sealed class DatabaseXmlRepository(DataProtectionKeys keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. keys.All().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        keys.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
