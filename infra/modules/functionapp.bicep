// The Function App (HTTP and timer triggers) on the Flex Consumption plan: .NET 10 isolated worker, scales to zero,
// runs as the user-assigned identity, reads its package from a blob container with that identity.
param location string
param planName string
param name string
param identityId string
param identityClientId string
param storageAccountName string
param storageBlobEndpoint string
param storageTableEndpoint string
param deploymentContainerUrl string
param serviceBusNamespace string
param healthQueue string
param appInsightsConnectionString string
param keyVaultUri string
param twilioAuthTokenSecretName string
param twilioPreviousAuthTokenSecretName string
param smtpPasswordSecretName string
param alertsSigningKeySecretName string
param alertsPreviousSigningKeySecretName string
param twilioAccountSid string
param smsFromNumber string
param smsMessagingServiceSid string
param smsMessagesPerSecond int
param smsAllowedCountries string
param pagesEmbedOrigins string
param pagesAllowedOrigins string
@description('The RateLimits settings (main.bicep documents them).')
param rateLimits object
param smtpHost string
param smtpPort int
param smtpSecurity string
param smtpUserName string
param emailSender string
param emailSenderName string

@description('Where subscribers get help (email address or https URL), named in the answer to HELP.')
param supportContact string
param emailMessagesPerSecond int

@description('Entra ID tenant whose access tokens open the editor console (Editor:TenantId); empty with editorClientId: the console is off in Azure.')
param editorTenantId string

@description('Client (application) id of the editors\' app registration (Editor:ClientId); tokens must be issued for it and carry the app role Editor.')
param editorClientId string
param workspaceId string
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int
param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings resolve with the user-assigned identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// The app settings, a resource of their own so that the links in alerts can use the site's default host name.
// Names are the options classes' (Section__Property); tests/NewsAlerts.Infrastructure.Tests checks them against the code.
var publicBaseUrl = 'https://${site.properties.defaultHostName}/'

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // Platform: the runtime's own storage, telemetry, and which identity DefaultAzureCredential uses.
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    AZURE_CLIENT_ID: identityClientId
    // NewsAlerts.Azure.Storage.StorageOptions (managed identity variant; TablePrefix stays empty).
    Storage__TableServiceUri: storageTableEndpoint
    Storage__BlobServiceUri: storageBlobEndpoint
    // NewsAlerts.Azure.ServiceBus.ServiceBusOptions (managed identity variant).
    ServiceBus__FullyQualifiedNamespace: serviceBusNamespace
    ServiceBus__HealthQueue: healthQueue
    // NewsAlerts.Core.Configuration.AlertsOptions: links in confirmations point here; the signing keys stay in Key Vault.
    Alerts__PublicBaseUrl: publicBaseUrl
    Alerts__SigningKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${alertsSigningKeySecretName}/)'
    Alerts__PreviousSigningKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${alertsPreviousSigningKeySecretName}/)'
    Alerts__ContactAddress: supportContact
    // NewsAlerts.Channels.Email.SmtpOptions: confirmation emails.
    Smtp__Host: smtpHost
    Smtp__Port: string(smtpPort)
    Smtp__Security: smtpSecurity
    Smtp__UserName: smtpUserName
    Smtp__Password: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${smtpPasswordSecretName}/)'
    Smtp__FromAddress: emailSender
    Smtp__FromName: emailSenderName
    Smtp__MessagesPerSecond: string(emailMessagesPerSecond)
    // NewsAlerts.Channels.Sms.TwilioOptions: confirmation codes by SMS, and the auth token checks X-Twilio-Signature.
    // One of FromNumber and MessagingServiceSid is empty (the parameter file chooses); ApiBaseUrl is local-only.
    Twilio__AccountSid: twilioAccountSid
    Twilio__AuthToken: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${twilioAuthTokenSecretName}/)'
    Twilio__PreviousAuthToken: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${twilioPreviousAuthTokenSecretName}/)'
    Twilio__FromNumber: smsFromNumber
    Twilio__MessagingServiceSid: smsMessagingServiceSid
    Twilio__StatusCallbackUrl: '${publicBaseUrl}api/twilio/status'
    Twilio__MessagesPerSecond: string(smsMessagesPerSecond)
    Sms__AllowedCountries: smsAllowedCountries
    // NewsAlerts.Pages.Forms.PageOptions: who may frame the embeddable sign-up, and post the forms besides the app itself.
    Pages__EmbedOrigins: pagesEmbedOrigins
    Pages__AllowedOrigins: pagesAllowedOrigins
    // NewsAlerts.Core.Configuration.RateLimitOptions: limits on sign-up, resend, manage links, contact changes and confirm (counters in Table storage).
    RateLimits__ConfirmationsPerContact: string(rateLimits.confirmationsPerContact)
    RateLimits__ContactWindowHours: string(rateLimits.contactWindowHours)
    RateLimits__SignUpsPerClient: string(rateLimits.signUpsPerClient)
    RateLimits__ResendsPerClient: string(rateLimits.resendsPerClient)
    RateLimits__ManageLinksPerClient: string(rateLimits.manageLinksPerClient)
    RateLimits__ContactChangesPerClient: string(rateLimits.contactChangesPerClient)
    RateLimits__ConfirmAttemptsPerClient: string(rateLimits.confirmAttemptsPerClient)
    RateLimits__ClientWindowMinutes: string(rateLimits.clientWindowMinutes)
    RateLimits__CodesPerNumberPrefix: string(rateLimits.codesPerNumberPrefix)
    RateLimits__PrefixWindowMinutes: string(rateLimits.prefixWindowMinutes)
    RateLimits__ConfirmationSmsPerDay: string(rateLimits.confirmationSmsPerDay)
    RateLimits__ForwardedForHops: string(rateLimits.forwardedForHops)
    // NewsAlerts.Functions.Editors.EditorOptions: editors are checked by the app itself (Entra ID access tokens with the
    // app role Editor), never by App Service authentication: the Flex Consumption plan does not support it (the README:
    // Editors sign in), so the X-MS-CLIENT-PRINCIPAL header stays ignored. Both ids empty: nobody is an editor in Azure.
    Editor__PlatformAuth: 'false'
    Editor__TenantId: editorTenantId
    Editor__ClientId: editorClientId
  }
}

// Deployment is by Entra ID only: no FTP or Kudu basic-auth publishing credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'FunctionAppLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
