// Stödlotsen – Azure resources for one environment (teamsapp.yml › provision › arm/deploy):
// a Linux App Service (Node 20) running `node dist/src/main.js`, and a single-tenant Azure Bot
// with the Microsoft Teams channel. Written for the Bicep CLI pinned in teamsapp.yml (v0.9.1):
// multi-line objects only, no newer syntax.
//
// TODO(production hosting, later issue): Azure Database for PostgreSQL Flexible Server wired in as
// DATABASE_URL (secret via Key Vault reference), App Service plan with 2 instances (P1v3) and zone
// redundancy. Until then the app uses SQLite on the App Service /home share, which is only safe
// with ONE instance – do not scale out before DATABASE_URL is set.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('Client (application) id of the single-tenant Microsoft Entra app that is the bot identity')
param botAadAppClientId string

@secure()
@description('Client secret of that app (MicrosoftAppPassword)')
param botAadAppClientSecret string

@description('Tenant id of that app (MicrosoftAppTenantId)')
param botAadAppTenantId string

@description('App Service plan SKU. B1 is enough for the pilot (one instance).')
param webAppSKU string = 'B1'

@maxLength(42)
param botDisplayName string

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param location string = resourceGroup().location

// Compute for the Web App. `reserved: true` makes the plan Linux.
resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true
  }
}

// The bot. The package is deployed already built (teamsapp.yml › deploy), so no build on the server.
resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/src/main.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1' // mount the deployed zip read-only, as the toolkit templates do
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
          value: 'true' // persistent /home, where SQLITE_PATH points
        }
        {
          name: 'STODLOTSEN_MODE'
          value: 'production'
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppId'
          value: botAadAppClientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botAadAppTenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: botAadAppClientSecret
        }
        {
          // wwwroot is read-only with WEBSITE_RUN_FROM_PACKAGE; /home survives restarts and deploys.
          name: 'SQLITE_PATH'
          value: '/home/data/stodlotsen.db'
        }
        {
          name: 'LOG_LEVEL'
          value: 'info'
        }
      ]
    }
  }
}

// Register the web service as a bot with the Bot Framework.
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botAadAppClientId: botAadAppClientId
    botAadAppTenantId: botAadAppTenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// Outputs are written to env/.env.<env> (https://aka.ms/teamsfx-actions/arm-deploy).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
