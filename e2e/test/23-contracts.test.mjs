// Contracts calling the staking precompile on taod --dev. A small contract
// compiled here stakes as its own coldkey, and cannot act for its caller
// through DELEGATECALL or from a static context. The example liquid-staking
// vault (contracts/src/examples/StakingVault.sol, ERC-4626 over Wrapped
// TAO), deployed from the project's compiled artifacts (contracts/out):
// a deposit stakes with the vault as coldkey, a deposit beyond the vault's
// slippage bound reverts with the precompile's SlippageExceeded bubbled up
// through the contract, and a redeem sells the alpha back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ethers } from "ethers";
import { REPO_DIR, httpProvider, randomAddress } from "../lib/env.mjs";
import {
  ADDR, RAO_PER_TAO, compileSource, expectRevert, events, fundedWallets, gasCost, keyOf, loadAbi, oneEvent,
  registerSubnet, send, taoContracts, wei,
} from "../lib/tao.mjs";

const provider = httpProvider();
after(() => provider.destroy());

const SLIPPAGE_BPS = 500n; // the vault's bound: 5% from the pre-trade spot price
const BPS = 10_000n;

let user; // this file's wallet (mnemonic account 500)
let c; // precompile contracts
let netuid, hotkey;
let wtao, vault, vaultAddr;

// artifact loads an example contract's ABI and bytecode from contracts/out.
function artifact(name) {
  const bin = fs.readFileSync(path.join(REPO_DIR, "contracts", "out", `${name}.bin`), "utf8").trim();
  return { abi: loadAbi(name), bytecode: bin.startsWith("0x") ? bin : "0x" + bin };
}

async function deploy(name, ...args) {
  const { abi, bytecode } = artifact(name);
  const contract = await new ethers.ContractFactory(abi, bytecode, user).deploy(...args);
  await contract.deploymentTransaction().wait(1, 20000);
  return contract;
}

before(async () => {
  [user] = await fundedWallets(provider, 500, 1, ethers.parseEther("1000"));
  c = taoContracts(user);
  // Stake on the newest subnet through its owner hotkey (any registered
  // hotkey will do); on an empty chain, register one first.
  if ((await c.subnet.getTotalNetworks()) === 0n) await registerSubnet(user, randomAddress());
  netuid = Number(await c.subnet.getTotalNetworks());
  hotkey = await c.subnet.getSubnetOwnerHotkey(netuid);
  wtao = await deploy("WrappedTAO");
  vault = await deploy("StakingVault", await wtao.getAddress(), hotkey, netuid, SLIPPAGE_BPS, "Staked TAO", "stTAO");
  vaultAddr = await vault.getAddress();
});

const PROXY_SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {IStaking, ISTAKING_ADDRESS} from "taoevm/IStaking.sol";

contract StakeProxy {
    event Outcome(bool ok, bytes data);

    receive() external payable {}

    function stake(bytes32 hotkey, uint256 amount, uint256 netuid) external returns (uint256) {
        return IStaking(ISTAKING_ADDRESS).addStake(hotkey, amount, netuid);
    }

    function tryDelegate(bytes calldata data) external returns (bool ok, bytes memory ret) {
        (ok, ret) = ISTAKING_ADDRESS.delegatecall(data);
        emit Outcome(ok, ret);
    }

    function tryStatic(bytes calldata data) external view returns (bool ok, bytes memory ret) {
        (ok, ret) = ISTAKING_ADDRESS.staticcall(data);
    }
}
`;

test("a contract stakes as its own coldkey and cannot act for its caller", async () => {
  const art = compileSource("StakeProxy.sol", PROXY_SOURCE).StakeProxy;
  const proxy = await new ethers.ContractFactory(art.abi, art.bytecode, user).deploy();
  await proxy.deploymentTransaction().wait(1, 20000);
  const proxyAddr = await proxy.getAddress();
  await send(user.sendTransaction({ to: proxyAddr, value: ethers.parseEther("5") }));

  // A CALL from the contract: the contract is the coldkey and pays from its balance.
  const amount = RAO_PER_TAO;
  const r = await send(proxy.stake(hotkey, amount, netuid));
  const ev = oneEvent(r, c.staking, "StakeAdded");
  assert.deepEqual([ev.coldkey, ev.tao], [proxyAddr, amount]);
  assert.equal(await provider.getBalance(proxyAddr), ethers.parseEther("5") - wei(amount));
  assert.equal(await c.staking.getStake(hotkey, keyOf(proxyAddr), netuid), ev.alpha);

  // DELEGATECALL would make the user's transaction stake the proxy's money as
  // the proxy: refused, nothing moves.
  const data = c.staking.interface.encodeFunctionData("addStake", [hotkey, amount, netuid]);
  const bal = await provider.getBalance(user.address);
  const rd = await send(proxy.tryDelegate(data));
  const out = events(rd, proxy, "Outcome")[0].args;
  assert.equal(out.ok, false);
  assert.equal(c.staking.interface.parseError(out.data)?.name, "DelegateCallNotAllowed");
  assert.equal(events(rd, c.staking).length, 0);
  assert.equal(await provider.getBalance(user.address), bal - gasCost(rd));
  assert.equal(await provider.getBalance(proxyAddr), ethers.parseEther("5") - wei(amount));

  // STATICCALL: a state change is refused, a view answers.
  const [ok, ret] = await proxy.tryStatic(data);
  assert.equal(ok, false);
  assert.equal(c.staking.interface.parseError(ret)?.name, "StaticCallNotAllowed");
  const view = c.staking.interface.encodeFunctionData("getStake", [hotkey, keyOf(proxyAddr), netuid]);
  const [vok, vret] = await proxy.tryStatic(view);
  assert.equal(vok, true);
  assert.equal(c.staking.interface.decodeFunctionResult("getStake", vret)[0], ev.alpha);
});

// wrap turns `value` wei of the user's TAO into WTAO approved to the vault.
async function wrapAndApprove(value) {
  await send(wtao.deposit({ value }));
  await send(wtao.approve(vaultAddr, value));
}

test("the vault's views describe its position", async () => {
  assert.equal(await vault.asset(), await wtao.getAddress());
  assert.equal(await vault.hotkey(), hotkey);
  assert.equal(await vault.netuid(), BigInt(netuid));
  assert.equal(await vault.generation(), await c.subnet.getNetworkGeneration(netuid));
  assert.equal(await vault.maxSlippageBps(), SLIPPAGE_BPS);
  assert.equal(await vault.totalAssets(), 0n);
});

test("deposit stakes through the precompile with the vault as coldkey", async () => {
  const assets = ethers.parseEther("2");
  await wrapAndApprove(assets);
  const preview = await vault.previewDeposit(assets);
  const wantAlpha = await c.alpha.simSwapTaoForAlpha(netuid, assets / wei(1));
  const r = await send(vault["deposit(uint256,address)"](assets, user.address));

  const added = oneEvent(r, c.staking, "StakeAdded");
  assert.deepEqual([added.netuid, added.hotkey, added.coldkey, added.tao, added.alpha],
    [BigInt(netuid), hotkey, vaultAddr, assets / wei(1), wantAlpha]);
  assert.equal(events(r, c.staking, "Swap").length, 1);
  const dep = events(r, vault).find((e) => e.name === "Deposit").args;
  assert.deepEqual([dep.sender, dep.owner, dep.assets], [user.address, user.address, assets]);
  assert.ok(dep.shares >= preview && preview > 0n, `shares ${dep.shares}, preview ${preview}`);
  assert.equal(await vault.balanceOf(user.address), dep.shares);
  assert.equal(await c.staking.getStake(hotkey, keyOf(vaultAddr), netuid), wantAlpha);
  assert.equal(await provider.getBalance(vaultAddr), 0n, "every wei was staked");
  assert.equal(await wtao.balanceOf(user.address), 0n);
});

test("a deposit beyond the vault's slippage bound reverts with the precompile's SlippageExceeded", async () => {
  const assets = ethers.parseEther("60");
  await wrapAndApprove(assets);
  const spot = await c.alpha.getAlphaPriceRao(netuid);
  const limit = (spot * (BPS + SLIPPAGE_BPS) + BPS - 1n) / BPS; // as the vault computes it
  const maxAdd = await c.alpha.getMaxAmountAdd(netuid, limit);
  const [amount, max] = await expectRevert(vault["deposit(uint256,address)"].staticCall(assets, user.address), c.staking, "SlippageExceeded");
  assert.deepEqual([amount, max], [assets / wei(1), maxAdd]);
  // The bound admits part of the amount, not all of it.
  assert.ok(maxAdd > 0n && maxAdd < assets / wei(1));
  await send(wtao.withdraw(assets));
});

test("redeem sells the vault's alpha and pays WTAO", async () => {
  const shares = await vault.balanceOf(user.address);
  const stake = await c.staking.getStake(hotkey, keyOf(vaultAddr), netuid);
  const preview = await vault.previewRedeem(shares);
  const wantTao = await c.alpha.simSwapAlphaForTao(netuid, stake);
  const r = await send(vault.redeem(shares, user.address, user.address));
  const removed = oneEvent(r, c.staking, "StakeRemoved");
  assert.deepEqual([removed.coldkey, removed.alpha, removed.tao], [vaultAddr, stake, wantTao]);
  const wd = events(r, vault).find((e) => e.name === "Withdraw").args;
  assert.deepEqual([wd.receiver, wd.owner, wd.assets, wd.shares], [user.address, user.address, wei(wantTao), shares]);
  assert.equal(wd.assets, preview, "previewRedeem is exact within the same state");
  assert.equal(await wtao.balanceOf(user.address), wei(wantTao));
  assert.equal(await vault.totalSupply(), 0n);
  assert.equal(await c.staking.getStake(hotkey, keyOf(vaultAddr), netuid), 0n);
  // Unwrap: the user's native balance gets the TAO back.
  const bal = await provider.getBalance(user.address);
  const u = await send(wtao.withdraw(wei(wantTao)));
  assert.equal(await provider.getBalance(user.address), bal + wei(wantTao) - gasCost(u));
  assert.equal(await provider.getBalance(ADDR.staking), 0n, "the staking precompile holds no TAO");
});
