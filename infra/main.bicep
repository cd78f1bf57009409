// NewsAlerts in one resource group. deploy.sh runs it twice: first with deployApps=false (identity, storage, queues,
// Key Vault, registry, logs), then it stores the secrets and pushes the Dispatcher image, then with deployApps=true.
// Both runs are idempotent: resource names derive from the resource group, so a second run changes nothing.
targetScope = 'resourceGroup'

@description('Environment name: dev or prod. Part of every resource name.')
@allowed([
  'dev'
  'prod'
])
param environmentName string

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Deploy the Function App and the Dispatcher (needs the secrets in Key Vault and the image in the registry).')
param deployApps bool = true

@description('Dispatcher image, e.g. crnewsalertsdev....azurecr.io/newsalerts-dispatcher:<commit>. Used when deployApps is true.')
param dispatcherImage string = ''

@description('Object id of the operator running deploy.sh: may write secrets and push images. Empty grants nobody.')
param deployerPrincipalId string = ''

@description('Twilio account SID (not a secret; the auth token is in Key Vault).')
param twilioAccountSid string

@description('SMS sender number in E.164 form (a Twilio long code), or empty when smsMessagingServiceSid is set.')
param smsFromNumber string

@description('Twilio Messaging Service SID (MG...; needed for a short code or a number pool), or empty to send from smsFromNumber.')
param smsMessagingServiceSid string = ''

@description('SMS handed to Twilio per second by each process that sends (Twilio: about 1 for a long code, up to 100 for a short code).')
@minValue(1)
@maxValue(100)
param smsMessagesPerSecond int

@description('Countries whose mobile numbers may sign up for texts: ISO 3166-1 alpha-2 codes separated by commas, e.g. GB,US,SG (see the README: choosing where to send texts).')
@minLength(2)
param smsAllowedCountries string

@description('Origins of newsroom sites that may embed the sign-up page (/signup?embed=1) in an iframe, separated by spaces, e.g. https://news.example; empty: no site may frame any page. A sandboxed iframe must allow allow-forms and allow-same-origin (else its posts are refused).')
param pagesEmbedOrigins string = ''

@description('Origins besides the app\'s own whose pages may post the subscriber forms, separated by spaces; usually empty (the embedded form posts from the app\'s own origin).')
param pagesAllowedOrigins string = ''

@description('Limits on sign-up, resend, manage links, contact changes and confirm, each action with its own per-client limit (the README: rate limits on sign-up). forwardedForHops stays 0: the Functions worker already applies the platform\'s X-Forwarded-For entry to the remote address.')
param rateLimits object = {
  confirmationsPerContact: 3
  contactWindowHours: 24
  signUpsPerClient: 10
  resendsPerClient: 10
  manageLinksPerClient: 10
  contactChangesPerClient: 10
  confirmAttemptsPerClient: 30
  clientWindowMinutes: 60
  codesPerNumberPrefix: 20
  prefixWindowMinutes: 60
  confirmationSmsPerDay: 1000
  forwardedForHops: 0
}

@description('Entra ID tenant (directory) id of the editors\' app registration; deploy.sh passes it. Empty, with editorClientId: the editor console is off in Azure (nobody is an editor; the function key still publishes).')
param editorTenantId string = ''

@description('Client (application) id of the editors\' app registration, whose app role Editor editors hold; deploy.sh creates or reuses it. Empty with editorTenantId.')
param editorClientId string = ''

@description('Email sender address (From); its domain is also the Message-ID\'s.')
param emailSender string

@description('Email sender display name.')
param emailSenderName string = 'NewsAlerts'

@description('Where subscribers get help (an email address or an https URL): the answer to an SMS HELP or INFO names it.')
param supportContact string

@description('Emails handed to the SMTP relay per second by each process that sends (the relay plan\'s limit).')
@minValue(1)
@maxValue(1000)
param emailMessagesPerSecond int

param smtpHost string
param smtpPort int = 587
@description('How the SMTP connection is secured: STARTTLS (port 587) or TLS from the first byte (port 465); never plain text in Azure.')
@allowed([
  'StartTls'
  'SslOnConnect'
])
param smtpSecurity string = 'StartTls'
param smtpUserName string

@description('Most Dispatcher replicas KEDA may start; also bounds the send rate to the providers.')
@minValue(1)
@maxValue(300)
param dispatcherMaxReplicas int

@description('Most Function App instances (Flex Consumption, at least 40).')
@minValue(40)
@maxValue(1000)
param functionMaxInstances int = 40

@description('Days Log Analytics keeps data.')
param logRetentionInDays int = 30

var token = uniqueString(subscription().id, resourceGroup().id, environmentName)
var tags = {
  application: 'newsalerts'
  environment: environmentName
  'azd-env-name': environmentName
}
var names = {
  identity: 'id-newsalerts-${environmentName}'
  scalerIdentity: 'id-newsalerts-${environmentName}-scaler'
  workspace: 'log-newsalerts-${environmentName}'
  appInsights: 'appi-newsalerts-${environmentName}'
  storage: take('stna${environmentName}${token}', 24)
  serviceBus: 'sb-newsalerts-${environmentName}-${token}'
  keyVault: take('kv-na-${environmentName}-${token}', 24)
  registry: 'crnewsalerts${environmentName}${token}'
  plan: 'asp-newsalerts-${environmentName}'
  functionApp: 'func-newsalerts-${environmentName}-${token}'
  containerEnvironment: 'cae-newsalerts-${environmentName}'
  dispatcher: 'ca-dispatcher-${environmentName}'
}

var healthQueue = 'email-alerts'
var snapshotContainerName = 'index-snapshots'
var deploymentContainerName = 'function-packages'
// Secret names in Key Vault; deploy.sh writes the Twilio token and SMTP password from the environment (the Twilio
// token's previous value kept beside it for webhook signatures) and creates the signing keys once (the previous key
// still verifies links signed before a rotation: deploy.sh --rotate-signing-key).
var twilioAuthTokenSecretName = 'twilio-auth-token'
var twilioPreviousAuthTokenSecretName = 'twilio-previous-auth-token'
var smtpPasswordSecretName = 'smtp-password'
var alertsSigningKeySecretName = 'alerts-signing-key'
var alertsPreviousSigningKeySecretName = 'alerts-previous-signing-key'
// The Dispatcher dead-letters a batch with its reasons after this many deliveries; the queues' maxDeliveryCount (10,
// modules/servicebus.bicep) is the broker's backstop above it.
var dispatcherMaxAttempts = 5

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: names.identity
    tags: tags
  }
}

module scalerIdentity 'modules/identity.bicep' = {
  name: 'scaler-identity'
  params: {
    location: location
    name: names.scalerIdentity
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    identityPrincipalId: identity.outputs.principalId
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: names.storage
    identityPrincipalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
    snapshotContainerName: snapshotContainerName
    deploymentContainerName: deploymentContainerName
    tags: tags
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  params: {
    location: location
    name: names.serviceBus
    identityPrincipalId: identity.outputs.principalId
    scalerPrincipalId: scalerIdentity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: names.keyVault
    identityPrincipalId: identity.outputs.principalId
    deployerPrincipalId: deployerPrincipalId
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    location: location
    name: names.registry
    identityPrincipalId: identity.outputs.principalId
    deployerPrincipalId: deployerPrincipalId
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = if (deployApps) {
  name: 'functionapp'
  params: {
    location: location
    planName: names.plan
    name: names.functionApp
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    healthQueue: healthQueue
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    keyVaultUri: keyVault.outputs.uri
    twilioAuthTokenSecretName: twilioAuthTokenSecretName
    twilioPreviousAuthTokenSecretName: twilioPreviousAuthTokenSecretName
    smtpPasswordSecretName: smtpPasswordSecretName
    alertsSigningKeySecretName: alertsSigningKeySecretName
    alertsPreviousSigningKeySecretName: alertsPreviousSigningKeySecretName
    twilioAccountSid: twilioAccountSid
    smsFromNumber: smsFromNumber
    smsMessagingServiceSid: smsMessagingServiceSid
    smsMessagesPerSecond: smsMessagesPerSecond
    smsAllowedCountries: smsAllowedCountries
    pagesEmbedOrigins: pagesEmbedOrigins
    pagesAllowedOrigins: pagesAllowedOrigins
    rateLimits: rateLimits
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpSecurity: smtpSecurity
    smtpUserName: smtpUserName
    emailSender: emailSender
    emailSenderName: emailSenderName
    supportContact: supportContact
    emailMessagesPerSecond: emailMessagesPerSecond
    editorTenantId: editorTenantId
    editorClientId: editorClientId
    workspaceId: monitoring.outputs.workspaceId
    maximumInstanceCount: functionMaxInstances
    tags: tags
  }
}

module containerApps 'modules/containerapps.bicep' = if (deployApps) {
  name: 'containerapps'
  params: {
    location: location
    environmentName: names.containerEnvironment
    appName: names.dispatcher
    image: dispatcherImage
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    scalerIdentityId: scalerIdentity.outputs.id
    registryLoginServer: registry.outputs.loginServer
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    serviceBusName: serviceBus.outputs.name
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    healthQueue: healthQueue
    queueNames: serviceBus.outputs.queueNames
    maxReplicas: dispatcherMaxReplicas
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    keyVaultUri: keyVault.outputs.uri
    twilioAuthTokenSecretName: twilioAuthTokenSecretName
    twilioPreviousAuthTokenSecretName: twilioPreviousAuthTokenSecretName
    smtpPasswordSecretName: smtpPasswordSecretName
    alertsSigningKeySecretName: alertsSigningKeySecretName
    alertsPreviousSigningKeySecretName: alertsPreviousSigningKeySecretName
    functionAppHostName: functionApp!.outputs.defaultHostName
    twilioAccountSid: twilioAccountSid
    smsFromNumber: smsFromNumber
    smsMessagingServiceSid: smsMessagingServiceSid
    smsMessagesPerSecond: smsMessagesPerSecond
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpSecurity: smtpSecurity
    smtpUserName: smtpUserName
    emailSender: emailSender
    emailSenderName: emailSenderName
    supportContact: supportContact
    emailMessagesPerSecond: emailMessagesPerSecond
    maxAttempts: dispatcherMaxAttempts
    workspaceId: monitoring.outputs.workspaceId
    tags: tags
  }
}

// Upper-case names follow the Azure Developer CLI convention (azd stores them as environment values).
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_CONTAINER_REGISTRY_NAME string = registry.outputs.name
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.outputs.loginServer
output FUNCTION_APP_NAME string = names.functionApp
output DISPATCHER_APP_NAME string = names.dispatcher
output FUNCTION_APP_HOST_NAME string = deployApps ? functionApp!.outputs.defaultHostName : ''
