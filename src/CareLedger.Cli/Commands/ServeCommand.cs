using System.CommandLine;
using CareLedger.Server;
using CareLedger.Server.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger serve [--db PATH | --postgres CONNSTR] [--port N] [--demo]</c>: brings the database's schema up to
/// date and serves the API on 127.0.0.1 (port 5080 unless told), printing the address, until stopped (Ctrl+C or
/// SIGTERM). <c>--demo</c> first loads the demo contracts, organisations and users and prints their sign-ins.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    private readonly LedgerOptions _ledger = new();

    private readonly Option<int> _port = new("--port")
    {
        Description = $"The loopback port to listen on (default {ServerSettings.DefaultPort}; 0 picks a free one).",
        DefaultValueFactory = _ => ServerSettings.DefaultPort,
    };

    private readonly Option<bool> _demo = new("--demo")
    {
        Description = "Load the Mid-Nottinghamshire alliance and the Bedfordshire MSK prime contract with a year of actuals, an organisation per party and a demo user per role.",
    };

    public Command Create(CliConsole console)
    {
        var command = new Command("serve", $"Serve the CareLedger API on 127.0.0.1:{ServerSettings.DefaultPort}, migrating the database first.");
        foreach (var option in _ledger.All)
        {
            command.Add(option);
        }

        command.Add(_port);
        command.Add(_demo);
        command.SetAction(parse => Run(parse, console));
        return command;
    }

    private int Run(ParseResult parse, CliConsole console)
    {
        var choice = _ledger.Bind(parse);
        var port = parse.GetValue(_port);
        if (choice.Problem is not null || port is < 0 or > 65535)
        {
            console.WriteProblem(choice.Problem ?? $"--port must be from 0 to 65535, not {port}.");
            return ExitCodes.Usage;
        }

        return LedgerFailures.Guard(console, () =>
            ServeAsync(new ServerSettings(choice.Open(console)) { Port = port }, parse.GetValue(_demo), console).GetAwaiter().GetResult());
    }

    private static async Task<int> ServeAsync(ServerSettings settings, bool demo, CliConsole console)
    {
        await using var app = await LedgerServer.CreateAsync(settings);
        if (demo)
        {
            var seeded = await DemoData.LoadAsync(app.Services);
            foreach (var line in seeded.Describe())
            {
                console.Out.WriteLine(line);
            }
        }

        try
        {
            await app.StartAsync();
        }
        catch (IOException exception)
        {
            console.WriteProblem($"cannot listen on {settings.Host}:{settings.Port}: {exception.Message} Is another server using the port? Choose another with --port.");
            return ExitCodes.Usage;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? $"http://{settings.Host}:{settings.Port}";
        console.Out.WriteLine($"CareLedger is serving {settings.Database.Description} at {address}");
        console.Out.WriteLine($"API reference: {address}/api/reference   OpenAPI: {address}/openapi/v1.json   Stop with Ctrl+C.");
        console.Flush();
        await app.WaitForShutdownAsync();
        return ExitCodes.Ok;
    }
}
