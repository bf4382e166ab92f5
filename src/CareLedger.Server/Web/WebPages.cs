using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CareLedger.Server.Web;

/// <summary>The web pages: Razor components rendered on the server (no interactivity yet), and the files they need.</summary>
internal static class WebPages
{
    public static void Add(IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddSingleton<ImmutableReads>();
        services.AddSingleton<ContractPages>();
        services.AddSingleton<ContractSaving>();
        services.AddSingleton<PeriodPages>();
    }

    public static void Map(WebApplication app)
    {
        FrontEndAssets.Map(app);
        app.MapRazorComponents<App>();
    }
}
