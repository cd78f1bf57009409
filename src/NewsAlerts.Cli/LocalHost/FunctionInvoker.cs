namespace NewsAlerts.Cli.LocalHost;

using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Calls a function method the way the isolated worker does: a new instance per invocation built from the
/// request's services, trigger and context parameters bound by type, and the result written to the response.
/// </summary>
public static class FunctionInvoker
{
    private static readonly Type[] SupportedParameterTypes =
        [typeof(HttpRequest), typeof(FunctionContext), typeof(CancellationToken), typeof(TimerInfo)];

    /// <summary>Throws at discovery, not at the first request, when a function takes a parameter the host cannot bind.</summary>
    public static void EnsureParametersSupported(LocalFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var unsupported = function.Method.GetParameters().FirstOrDefault(p => !SupportedParameterTypes.Contains(p.ParameterType));
        if (unsupported is not null)
        {
            throw new InvalidOperationException(
                $"Function '{function.Name}': parameter '{unsupported.Name}' of type {unsupported.ParameterType.Name} cannot be bound by the local host " +
                $"(supported: {string.Join(", ", SupportedParameterTypes.Select(t => t.Name))}).");
        }
    }

    /// <summary>Runs an HTTP-triggered function for the current request and writes its result.</summary>
    public static async Task InvokeHttpAsync(LocalFunction function, HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(httpContext);
        var context = new LocalFunctionContext(function, httpContext.RequestServices, httpContext.RequestAborted);
        context.Items[LocalFunctionContext.HttpContextKey] = httpContext;
        var result = await InvokeAsync(function, context, httpContext.Request, timer: null);
        await WriteResultAsync(result, httpContext);
    }

    /// <summary>Runs a timer-triggered function in its own service scope.</summary>
    public static async Task InvokeTimerAsync(LocalFunction function, IServiceProvider services, TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var context = new LocalFunctionContext(function, scope.ServiceProvider, cancellationToken);
        _ = await InvokeAsync(function, context, request: null, timer);
    }

    private static async Task<object?> InvokeAsync(LocalFunction function, LocalFunctionContext context, HttpRequest? request, TimerInfo? timer)
    {
        var method = function.Method;
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(context.InstanceServices, method.DeclaringType!);
        try
        {
            var arguments = method.GetParameters().Select(p => Bind(p, context, request, timer)).ToArray();
            object? returned;
            try
            {
                returned = method.Invoke(target, arguments);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }

            return await UnwrapAsync(returned);
        }
        finally
        {
            if (target is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else if (target is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    private static object? Bind(ParameterInfo parameter, LocalFunctionContext context, HttpRequest? request, TimerInfo? timer) =>
        parameter.ParameterType switch
        {
            var t when t == typeof(HttpRequest) => request,
            var t when t == typeof(FunctionContext) => context,
            var t when t == typeof(CancellationToken) => context.CancellationToken,
            var t when t == typeof(TimerInfo) => timer,
            _ => throw new InvalidOperationException($"Parameter '{parameter.Name}' cannot be bound."),
        };

    private static async Task<object?> UnwrapAsync(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                var type = task.GetType();
                return type.IsGenericType && type.GetProperty("Result") is { } result && result.PropertyType.Name != "VoidTaskResult"
                    ? result.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                return returned is not null && returned.GetType() is { IsGenericType: true } vt && vt.GetGenericTypeDefinition() == typeof(ValueTask<>)
                    ? await (Task<object?>)typeof(FunctionInvoker).GetMethod(nameof(AwaitValueTaskAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                        .MakeGenericMethod(vt.GetGenericArguments()[0]).Invoke(null, [returned])!
                    : returned;
        }
    }

    private static async Task<object?> AwaitValueTaskAsync<T>(ValueTask<T> task) => await task;

    private static async Task WriteResultAsync(object? result, HttpContext httpContext)
    {
        switch (result)
        {
            case IActionResult actionResult:
                await actionResult.ExecuteResultAsync(new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult httpResult:
                await httpResult.ExecuteAsync(httpContext);
                break;
            case null:
                httpContext.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                await httpContext.Response.WriteAsJsonAsync(result, result.GetType(), httpContext.RequestAborted);
                break;
        }
    }
}
