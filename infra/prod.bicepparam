// Production: the real senders and room to scale. deploy.sh supplies the values read from the environment.
using 'main.bicep'

param environmentName = 'prod'
param location = 'westeurope'
param deployApps = bool(readEnvironmentVariable('NEWSALERTS_DEPLOY_APPS', 'true'))
param dispatcherImage = readEnvironmentVariable('NEWSALERTS_DISPATCHER_IMAGE', '')
param deployerPrincipalId = readEnvironmentVariable('NEWSALERTS_DEPLOYER_PRINCIPAL_ID', '')
param twilioAccountSid = readEnvironmentVariable('NEWSALERTS_TWILIO_ACCOUNT_SID', '')
// Replace with the production short code or messaging service SID before the first deployment.
param smsSender = '+15550100000'
param smsMessagesPerSecond = 10
param emailSender = 'alerts@newsalerts.example'
param smtpHost = 'smtp.sendgrid.net'
param smtpPort = 587
param smtpUserName = 'apikey'
param dispatcherMaxReplicas = 10
param functionMaxInstances = 100
param logRetentionInDays = 90
