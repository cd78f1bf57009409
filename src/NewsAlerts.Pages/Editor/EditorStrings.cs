namespace NewsAlerts.Pages.Editor;

/// <summary>Every word of the editor sign-in and the editor gate's pages (plain text; the components encode it).</summary>
public static class EditorStrings
{
    public const string SignInTitle = "Editor sign-in";
    public const string BackToConsole = "Back to the editor console";
    public const string SignInIntro = "Development sign-in: enter your name (it goes into the audit) and the editor key (the function key of this local host).";
    public const string NameLabel = "Your name";
    public const string KeyLabel = "Editor key";
    public const string KeyHint = "The key that opens POST /api/articles (LocalHost:FunctionKeys:default in local.settings.json).";
    public const string SignInButton = "Sign in";
    public const string NameMissing = "Enter your name";
    public const string KeyWrong = "This key is not the editor key";
    public const string SignInNotHereTitle = "Editor sign-in is not set up";
    public const string SignInNotHereMessage = "Nobody can sign in as an editor here: this app has neither the development sign-in nor Microsoft Entra ID configured.";
    public const string SignInNotHereDetail = "An operator turns on the sign-in with Microsoft by setting Editor:TenantId and Editor:ClientId (infra/deploy.sh does).";
    public const string MicrosoftSignIn = "Sign in with Microsoft";
    public const string MicrosoftSignInHint = "Or sign in with your Microsoft work account (you need the app role Editor):";
    public const string MicrosoftUnavailableTitle = "Sign-in with Microsoft is unavailable";
    public const string MicrosoftUnavailableMessage = "Microsoft’s sign-in could not be reached just now. Try again in a minute.";
    public const string SignInFailedTitle = "Sign-in failed";
    public const string SignInExpired = "This sign-in has expired or was started in another browser or tab. Sign in again.";
    public const string SignInStateWrong = "This sign-in answer does not belong to the sign-in this browser started. Sign in again.";
    public const string SignInNoToken = "Microsoft’s answer held no sign-in. Sign in again.";
    public const string SignInRefusedByMicrosoft = "Microsoft did not sign you in";
    public const string SignInAgain = "Sign in again";
    public const string SignedInTitle = "Signed in";
    public const string SignedInMessage = "You are signed in. Opening the editor console…";
    public const string SignedInContinue = "Continue to the editor console";
    public const string SignOutButton = "Sign out";
    public const string SignOutAskTitle = "Sign out of the editor console?";
    public const string SignOutAskMessage = "Press the button to sign out. Nothing else changes.";
    public const string WrongMethodTitle = "This console page opens from a form";
    public const string WrongMethodMessage = "This address answers a form of the console (a preview, a publish, a change of desk language), so opening it again from the address bar, the history or a new tab shows nothing. Nothing was published or changed.";
    public const string SignedOutTitle = "Signed out";
    public const string SignedOutMessage = "You are signed out of the editor console.";
    public const string SignInAgainLink = "Sign in again";
    public const string SignedOutMicrosoftDetail = "If you signed in with Microsoft, your Microsoft account stays signed in in this browser, so signing in again may not ask for your password.";
    public const string NotAnEditorTitle = "Editors only";
    public const string NotAnEditorMessage = "This page is for editors. Sign in as an editor, or ask an operator to give you the app role Editor.";
    public const string HomeTitle = "Editor console";
    public const string SignedInAs = "Signed in as";
    public const string SignedInWith = "with";
}
